// Records what a labelled reply calls for, in the transaction that labelled it: the abuse log
// entry, a safeguarding escalation to the right person, the author's offender record, and the
// notices to send. Used by the classify job and by the officer's relabelling alike.
import { randomUUID } from 'node:crypto';
import { escalationRoute, type SchoolPeople } from '../../policies/replies/escalation-route.ts';
import type { Finding, ReplyLabel } from '../../policies/types.ts';
import type { Prisma, Reply, Role } from '../generated/prisma/client.ts';
import { logAbuse } from '../repositories/abuse-log.ts';
import { appendAudit } from '../repositories/audit.ts';
import { createEscalations, escalatedReplyIds, type NewEscalation } from '../repositories/escalations.ts';
import { createNotices, type NewNotice } from '../repositories/notices.ts';
import { addOffences, markOffendersNotified, type Offence } from '../repositories/offenders.ts';
import { chairOfTrusteesEmail, emailsOfRoles } from '../repositories/school-people.ts';
import { noticePerRecipient, type Send } from './notice-per-recipient.ts';
import { escalationLink, escalationsLink, offenderLink, offendersLink } from './notice-texts.ts';
import { actionsFor, escalationRecipients, type ReplyRules } from './reply-rules.ts';

export interface Flagged {
  reply: Reply;
  labels: ReplyLabel[];
  findings: Finding[];
  /** The reply's moderation state after this decision (e.g. hide_pending). */
  moderation: string;
}

export interface FlagContext {
  schoolId: string;
  publicUrl: string;
  rules: ReplyRules;
  people: () => Promise<SchoolPeople>;
  /** Null when Gatepost acts on the school's rules. */
  actorId: string | null;
}

/** Returns the ids of notices to send once the transaction has committed. */
export async function recordFlags(
  tx: Prisma.TransactionClient,
  context: FlagContext,
  flagged: Flagged[],
): Promise<string[]> {
  const logged = flagged.filter((f) => actionsFor(f.labels, context.rules).log);
  await logAbuse(
    tx,
    logged.map((f) => ({
      reply: f.reply,
      labels: f.labels,
      action: f.moderation === 'hide_pending' ? 'hide_pending' : 'logged',
      actionById: context.actorId,
    })),
  );
  for (const f of flagged) {
    await appendAudit(tx, {
      schoolId: context.schoolId,
      actorId: context.actorId,
      action: 'reply.labelled',
      subjectType: 'reply',
      subjectId: f.reply.id,
      data: { labels: f.labels, moderation: f.moderation, platformReplyId: f.reply.platformReplyId },
    });
  }
  const recipients = emailBook(tx, context.schoolId);
  const notices = [
    ...(await escalate(
      tx,
      context,
      recipients,
      flagged.filter((f) => actionsFor(f.labels, context.rules).escalate),
    )),
    ...(await trackOffenders(tx, context, recipients, flagged)),
  ];
  return createNotices(tx, notices);
}

/** Email addresses by role, looked up once per batch. */
function emailBook(tx: Prisma.TransactionClient, schoolId: string) {
  const known = new Map<string, Promise<string[]>>();
  return (roles: Role[]) => {
    const key = roles.join(',');
    if (!known.has(key)) known.set(key, emailsOfRoles(tx, schoolId, roles));
    return known.get(key)!;
  };
}

async function escalate(
  tx: Prisma.TransactionClient,
  context: FlagContext,
  emailsOf: ReturnType<typeof emailBook>,
  concerns: Flagged[],
): Promise<NewNotice[]> {
  if (!concerns.length) return [];
  const already = await escalatedReplyIds(
    tx,
    concerns.map((f) => f.reply.id),
  );
  const people = await context.people();
  const sends: Send[] = [];
  const rows: NewEscalation[] = [];
  let chair: Promise<string | null> | undefined;
  const chairEmailOnce = () => (chair ??= chairOfTrusteesEmail(tx, context.schoolId));
  for (const f of concerns.filter((c) => !already.has(c.reply.id))) {
    const spans = f.findings.filter((x) => x.category === 'safeguarding' && x.span).map((x) => x.span!);
    const route = escalationRoute(f.reply.text, spans, people);
    const roles = escalationRecipients[route].first;
    // Concerns about the headteacher are rare: the chair is looked up only for them, once a batch.
    const chairEmail = route === 'CHAIR' ? await chairEmailOnce() : null;
    const escalation: NewEscalation = {
      id: randomUUID(),
      schoolId: context.schoolId,
      replyId: f.reply.id,
      route,
      recipientRoles: roles,
      recipientEmail: chairEmail,
      dueAt: new Date(Date.now() + context.rules.acknowledgeWithinMinutes * 60_000),
    };
    rows.push(escalation);
    // The audit says that a concern was raised and to whom, never what it says.
    await appendAudit(tx, {
      schoolId: context.schoolId,
      actorId: context.actorId,
      action: 'escalation.raised',
      subjectType: 'escalation',
      subjectId: escalation.id,
      data: { route, recipientRoles: roles },
    });
    const emails = [...(chairEmail ? [chairEmail] : []), ...(await emailsOf(roles))];
    const link = escalationLink(context.publicUrl, escalation.id);
    for (const to of new Set(emails)) sends.push({ to, link });
  }
  await createEscalations(tx, rows);
  return noticePerRecipient(context.schoolId, 'escalation', sends, escalationsLink(context.publicUrl));
}

async function trackOffenders(
  tx: Prisma.TransactionClient,
  context: FlagContext,
  emailsOf: ReturnType<typeof emailBook>,
  flagged: Flagged[],
): Promise<NewNotice[]> {
  const byAuthor = new Map<string, Offence>();
  for (const f of flagged) {
    const offences = actionsFor(f.labels, context.rules).offences;
    if (!offences.length) continue;
    const key = `${f.reply.accountId}\n${f.reply.authorId}`;
    const seen = byAuthor.get(key);
    byAuthor.set(key, {
      accountId: f.reply.accountId,
      authorId: f.reply.authorId,
      authorHandle: f.reply.authorHandle,
      count: (seen?.count ?? 0) + 1,
      labels: [...new Set([...(seen?.labels ?? []), ...offences])],
    });
  }
  if (!byAuthor.size) return [];
  const records = await addOffences(tx, [...byAuthor.values()]);
  const reached = records.filter((o) => !o.notifiedAt && o.count >= context.rules.offenderThreshold);
  if (!reached.length) return [];
  await markOffendersNotified(
    tx,
    reached.map((o) => o.id),
  );
  const heads = await emailsOf(['HEADTEACHER']);
  const sends: Send[] = [];
  for (const offender of reached) {
    await appendAudit(tx, {
      schoolId: context.schoolId,
      actorId: context.actorId,
      action: 'offender.threshold_reached',
      subjectType: 'offender',
      subjectId: offender.id,
      data: {
        accountId: offender.accountId,
        authorHandle: offender.authorHandle,
        count: offender.count,
        threshold: context.rules.offenderThreshold,
      },
    });
    const link = offenderLink(context.publicUrl, offender.id);
    for (const to of heads) sends.push({ to, link });
  }
  return noticePerRecipient(context.schoolId, 'offender', sends, offendersLink(context.publicUrl));
}
