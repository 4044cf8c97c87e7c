// §5: parents who breach the policy are met by the headteacher, and may be blocked from the
// school's account. Both are recorded on the repeat-offender record and audited; the block is
// made through the platform where its API allows, otherwise it is left to be done by hand there.
import { PlatformError } from '../adapters/platforms/types.ts';
import type { Services } from '../context.ts';
import { type Actor, requirePermission } from '../domain/actor.ts';
import { AppError, notFound } from '../domain/errors.ts';
import { findAccount } from '../repositories/accounts.ts';
import { appendAudit } from '../repositories/audit.ts';
import type { Db } from '../repositories/db.ts';
import { inTransaction } from '../repositories/db.ts';
import { findOffender, recordOffenderMeeting, setOffenderBlock } from '../repositories/offenders.ts';

async function offenderFor(db: Db, actor: Actor, id: string) {
  const offender = await findOffender(db, id);
  const account = offender && (await findAccount(db, offender.accountId));
  if (!offender || !account || !actor.memberships.some((m) => m.schoolId === account.schoolId))
    throw notFound('That offender');
  requirePermission(actor, 'actOnOffenders', account.schoolId);
  return { ...offender, account };
}

type Offender = NonNullable<Awaited<ReturnType<typeof findOffender>>>;

const actionView = (o: Offender) => ({
  id: o.id,
  author: o.authorHandle,
  meeting: o.meetingAt ? { at: o.meetingAt.toISOString(), note: o.meetingNote, by: o.meetingById } : null,
  block: o.blockState
    ? { state: o.blockState, at: o.blockedAt?.toISOString() ?? null, by: o.blockedById }
    : null,
});

export async function recordMeeting(
  services: Services,
  actor: Actor,
  id: string,
  meeting: { heldAt: Date; note: string },
) {
  if (meeting.heldAt.getTime() > Date.now())
    throw new AppError('validation_failed', 'Record the meeting once it has been held.');
  await inTransaction(services.db, async (tx) => {
    const offender = await offenderFor(tx, actor, id);
    await recordOffenderMeeting(tx, id, {
      meetingAt: meeting.heldAt,
      meetingNote: meeting.note,
      meetingById: actor.userId,
    });
    await appendAudit(tx, {
      schoolId: offender.account.schoolId,
      actorId: actor.userId,
      action: 'offender.meeting',
      subjectType: 'offender',
      subjectId: id,
      data: { author: offender.authorHandle, heldAt: meeting.heldAt.toISOString(), note: meeting.note },
    });
  });
  return actionView((await findOffender(services.db, id))!);
}

export async function blockOffender(services: Services, actor: Actor, id: string) {
  const offender = await offenderFor(services.db, actor, id);
  if (offender.blockState === 'blocked') return actionView(offender);
  const adapter = services.platforms.adapterFor(offender.account);
  let outcome: 'blocked' | 'not_allowed';
  try {
    outcome = adapter.blockAuthor ? await adapter.blockAuthor(offender.authorId) : 'not_allowed';
  } catch (error) {
    if (error instanceof PlatformError)
      throw new AppError('conflict', `${offender.account.handle} could not block them: ${error.message}`);
    throw error;
  }
  const blockState = outcome === 'blocked' ? 'blocked' : 'block_by_hand';
  await inTransaction(services.db, async (tx) => {
    await setOffenderBlock(tx, id, blockState, actor.userId);
    await appendAudit(tx, {
      schoolId: offender.account.schoolId,
      actorId: actor.userId,
      action: 'offender.block',
      subjectType: 'offender',
      subjectId: id,
      data: { author: offender.authorHandle, platform: offender.account.platform, blockState },
    });
  });
  return actionView((await findOffender(services.db, id))!);
}
