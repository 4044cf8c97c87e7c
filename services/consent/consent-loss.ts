// When someone's consent is withdrawn or expires (§7), nothing that shows or names them may go
// out: drafts not yet published go back through checks (and their approval is void), and
// published posts get a takedown request the marketing officer confirms. Runs inside the
// transaction that changed the consent, so no publish can slip between the two.
import { createPostReader } from '../../policies/text/index.ts';
import type { PlatformName, RosterPupil } from '../../policies/types.ts';
import type { Services } from '../context.ts';
import { changeState } from '../drafts/change-state.ts';
import type { DraftState, Prisma } from '../generated/prisma/client.ts';
import { draftsShowingThem } from '../media/consent-loss-finder.ts';
import { consentsOfPupils } from '../repositories/consent.ts';
import type { Db } from '../repositories/db.ts';
import { draftsWithPlatforms, voidApprovals } from '../repositories/drafts.ts';
import { asRosterPupil, pupilsWithIds } from '../repositories/pupils.ts';
import { type ConsentRecordView, mayName } from './consent-rules.ts';

export interface ConsentLoss {
  schoolId: string;
  /** Pupils and staff whose consent narrowed. */
  people: { kind: 'pupil' | 'staff'; id: string }[];
  /** In words for the officer, e.g. "consent withdrawn by the MIS import". */
  reason: string;
  actorId: string | null;
  at: Date;
}

export interface CandidateDraft {
  id: string;
  state: DraftState;
  text: string;
  platforms: PlatformName[];
}

export interface AffectedDraft {
  draftId: string;
  /** Whom it shows or names, and how, for the audit trail and the officer. */
  why: string;
}

/**
 * Finds the drafts a consent loss touches. Naming is found from the text here. The media
 * pipeline adds its own finder to `affectedDraftFinders` for drafts whose images show these
 * people unblurred (face links), answering with `mayShow` from consent-rules.ts.
 */
export type AffectedDraftFinder = (
  db: Db,
  loss: ConsentLoss,
  drafts: CandidateDraft[],
) => Promise<AffectedDraft[]>;

const nameOf = (p: RosterPupil) => `${p.preferredName ?? p.firstName} ${p.lastName}`;

/** Drafts whose text names a pupil who may no longer be named on one of its platforms. */
export const draftsNamingThem: AffectedDraftFinder = async (db, loss, drafts) => {
  const ids = loss.people.filter((p) => p.kind === 'pupil').map((p) => p.id);
  if (ids.length === 0 || drafts.length === 0) return [];
  const pupils = await pupilsWithIds(db, ids);
  const consents = await consentsOfPupils(db, ids);
  const roster = pupils.map(asRosterPupil);
  const recordsOf = new Map<string, ConsentRecordView[]>(
    pupils.map((p) => [p.upn, consents.get(p.id) ?? []]),
  );
  // The text checks' own name finder, over just these pupils: any mention of them counts.
  const read = createPostReader(roster);
  return drafts.flatMap((draft) => {
    const { names } = read({ text: draft.text });
    const named = new Map([...names.full, ...names.first].flatMap((m) => m.pupils).map((p) => [p.upn, p]));
    const refused = [...named.values()].filter((p) =>
      draft.platforms.some(
        (platform) => !mayName(recordsOf.get(p.upn) ?? [], { platform, at: loss.at }).allowed,
      ),
    );
    return refused.length ? [{ draftId: draft.id, why: `names ${refused.map(nameOf).join(', ')}` }] : [];
  });
};

export const affectedDraftFinders: AffectedDraftFinder[] = [draftsNamingThem, draftsShowingThem];

const HOLDABLE: DraftState[] = ['AWAITING_APPROVAL', 'APPROVED', 'SCHEDULED', 'FAILED'];

export interface ConsentEffects {
  schoolId: string;
  held: { id: string; contentHash: string }[];
  takedownRequested: string[];
}

export async function applyConsentLoss(
  tx: Prisma.TransactionClient,
  loss: ConsentLoss,
): Promise<ConsentEffects> {
  const effects: ConsentEffects = { schoolId: loss.schoolId, held: [], takedownRequested: [] };
  if (loss.people.length === 0) return effects;
  const rows = await draftsWithPlatforms(tx, loss.schoolId, [...HOLDABLE, 'PUBLISHED']);
  const drafts = rows.map((d) => ({
    ...d,
    platforms: [...new Set(d.targets.map((t) => t.account.platform.toLowerCase() as PlatformName))],
  }));
  const why = new Map<string, string[]>();
  for (const finder of affectedDraftFinders) {
    for (const a of await finder(tx, loss, drafts))
      why.set(a.draftId, [...(why.get(a.draftId) ?? []), a.why]);
  }
  for (const draft of drafts.filter((d) => why.has(d.id))) {
    const data = { reason: loss.reason, affected: why.get(draft.id)!.join('; ') };
    if (draft.state === 'PUBLISHED') {
      await changeState(tx, {
        draft: { ...draft, schoolId: loss.schoolId },
        action: 'requestTakedown',
        actorId: loss.actorId,
        data,
      });
      effects.takedownRequested.push(draft.id);
    } else {
      const voided = await voidApprovals(tx, draft.id);
      await changeState(tx, {
        draft: { ...draft, schoolId: loss.schoolId },
        action: 'recheck',
        actorId: loss.actorId,
        data: { ...data, approvalsVoided: voided },
      });
      effects.held.push({ id: draft.id, contentHash: draft.contentHash });
    }
  }
  return effects;
}

/** After the transaction commits: re-run checks on held drafts and tell the officer's dashboard. */
export async function announceConsentEffects(services: Services, effects: ConsentEffects): Promise<void> {
  const { schoolId } = effects;
  for (const draft of effects.held) {
    await services.queue.enqueue('text-check', { draftId: draft.id, contentHash: draft.contentHash });
    await services.feed.publish({ type: 'draft', id: draft.id, schoolId, state: 'SUBMITTED' });
  }
  for (const id of effects.takedownRequested) {
    await services.feed.publish({ type: 'draft', id, schoolId, state: 'TAKEDOWN_REQUESTED' });
  }
}
