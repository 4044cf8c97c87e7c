// Records what a labelled reply calls for, in the transaction that labelled it: the abuse log
// entry, a safeguarding escalation to the right person, the author's offender record, and the
// notices to send. Used by the classify job and by the officer's relabelling alike.
import { escalationRoute, type SchoolPeople } from '../../policies/replies/escalation-route.ts';
import type { Finding, ReplyLabel } from '../../policies/types.ts';
import type { Prisma, Reply } from '../generated/prisma/client.ts';
import { logAbuse } from '../repositories/abuse-log.ts';
import { appendAudit } from '../repositories/audit.ts';
import { createEscalation, escalationOfReply } from '../repositories/escalations.ts';
import { createNotices, type NewNotice } from '../repositories/notices.ts';
import { offenderOf, saveOffender } from '../repositories/offenders.ts';
import { chairOfTrusteesEmail, emailsOfRoles } from '../repositories/school-people.ts';
import { escalationLink, type NoticeKind, noticeSubject, offenderLink } from './notice-texts.ts';
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

const notice = (schoolId: string, kind: NoticeKind, toEmail: string, link: string): NewNotice => ({
  schoolId,
  kind,
  toEmail,
  subject: noticeSubject(kind),
  link,
});

/** Returns the ids of notices to send once the transaction has committed. */
export async function recordFlags(
  tx: Prisma.TransactionClient,
  context: FlagContext,
  flagged: Flagged[],
): Promise<string[]> {
  const notices: NewNotice[] = [];
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
    if (actionsFor(f.labels, context.rules).escalate) notices.push(...(await escalate(tx, context, f)));
  }
  notices.push(...(await trackOffenders(tx, context, flagged)));
  return createNotices(tx, notices);
}

async function escalate(
  tx: Prisma.TransactionClient,
  context: FlagContext,
  f: Flagged,
): Promise<NewNotice[]> {
  if (await escalationOfReply(tx, f.reply.id)) return [];
  const spans = f.findings.filter((x) => x.category === 'safeguarding' && x.span).map((x) => x.span!);
  const route = escalationRoute(f.reply.text, spans, await context.people());
  const roles = escalationRecipients[route].first;
  const chair = route === 'CHAIR' ? await chairOfTrusteesEmail(tx, context.schoolId) : null;
  const escalation = await createEscalation(tx, {
    schoolId: context.schoolId,
    replyId: f.reply.id,
    route,
    recipientRoles: roles,
    recipientEmail: chair,
    dueAt: new Date(Date.now() + context.rules.acknowledgeWithinMinutes * 60_000),
  });
  // The audit says that a concern was raised and to whom, never what it says.
  await appendAudit(tx, {
    schoolId: context.schoolId,
    actorId: context.actorId,
    action: 'escalation.raised',
    subjectType: 'escalation',
    subjectId: escalation.id,
    data: { route, recipientRoles: roles },
  });
  const emails = [...(chair ? [chair] : []), ...(await emailsOfRoles(tx, context.schoolId, roles))];
  const link = escalationLink(context.publicUrl, escalation.id);
  return [...new Set(emails)].map((to) => notice(context.schoolId, 'escalation', to, link));
}

async function trackOffenders(
  tx: Prisma.TransactionClient,
  context: FlagContext,
  flagged: Flagged[],
): Promise<NewNotice[]> {
  const byAuthor = new Map<string, Flagged[]>();
  for (const f of flagged) {
    if (!actionsFor(f.labels, context.rules).offences.length) continue;
    const key = `${f.reply.accountId}\n${f.reply.authorId}`;
    byAuthor.set(key, [...(byAuthor.get(key) ?? []), f]);
  }
  const notices: NewNotice[] = [];
  for (const replies of byAuthor.values()) {
    const { accountId, authorId, authorHandle } = replies.at(-1)!.reply;
    const before = await offenderOf(tx, accountId, authorId);
    const count = (before?.count ?? 0) + replies.length;
    const labels = new Set([
      ...(before?.labels ?? []),
      ...replies.flatMap((r) => actionsFor(r.labels, context.rules).offences),
    ]);
    const reached = !before?.notifiedAt && count >= context.rules.offenderThreshold;
    const offender = await saveOffender(
      tx,
      { accountId, authorId },
      {
        authorHandle,
        count,
        labels: [...labels],
        lastSeenAt: new Date(),
        ...(reached ? { notifiedAt: new Date() } : {}),
      },
    );
    if (!reached) continue;
    await appendAudit(tx, {
      schoolId: context.schoolId,
      actorId: context.actorId,
      action: 'offender.threshold_reached',
      subjectType: 'offender',
      subjectId: offender.id,
      data: { accountId, authorHandle, count, threshold: context.rules.offenderThreshold },
    });
    const link = offenderLink(context.publicUrl, offender.id);
    for (const to of await emailsOfRoles(tx, context.schoolId, ['HEADTEACHER']))
      notices.push(notice(context.schoolId, 'offender', to, link));
  }
  return notices;
}
