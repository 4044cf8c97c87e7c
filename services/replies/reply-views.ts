// Replies, abuse log entries, offenders and escalations as the API returns them.
import type { AbuseLogEntry, Escalation, Offender, Reply } from '../generated/prisma/client.ts';

const iso = (d: Date | null) => d?.toISOString() ?? null;

export const replyView = (r: Reply) => ({
  id: r.id,
  accountId: r.accountId,
  author: r.authorHandle,
  text: r.text,
  labels: r.labels,
  hidden: r.hidden,
  findings: r.findings,
  moderation: r.moderation,
  platformReplyId: r.platformReplyId,
  platformPostId: r.platformPostId,
  repliedAt: r.repliedAt.toISOString(),
  classified: r.classifiedAt !== null,
});

export const abuseLogView = (e: AbuseLogEntry) => ({
  id: e.id,
  replyId: e.replyId,
  accountId: e.accountId,
  author: e.authorHandle,
  authorId: e.authorId,
  text: e.text,
  labels: e.labels,
  platformReplyId: e.platformReplyId,
  platformPostId: e.platformPostId,
  repliedAt: e.repliedAt.toISOString(),
  loggedAt: e.createdAt.toISOString(),
  action: e.action,
  actionBy: e.actionById,
  reportFormId: e.reportFormId,
});

export const offenderView = (o: Offender, history: AbuseLogEntry[]) => ({
  id: o.id,
  accountId: o.accountId,
  author: o.authorHandle,
  authorId: o.authorId,
  count: o.count,
  labels: o.labels,
  firstSeenAt: o.firstSeenAt.toISOString(),
  lastSeenAt: o.lastSeenAt.toISOString(),
  headteacherToldAt: iso(o.notifiedAt),
  // §5: what the headteacher did about it.
  meeting: o.meetingAt ? { at: o.meetingAt.toISOString(), note: o.meetingNote, by: o.meetingById } : null,
  block: o.blockState ? { state: o.blockState, at: iso(o.blockedAt), by: o.blockedById } : null,
  history: history.map(abuseLogView),
});

export const escalationView = (e: Escalation, reply: Reply) => ({
  id: e.id,
  route: e.route,
  recipientRoles: e.recipientRoles,
  createdAt: e.createdAt.toISOString(),
  dueAt: e.dueAt.toISOString(),
  remindedAt: iso(e.remindedAt),
  acknowledgedAt: iso(e.acknowledgedAt),
  acknowledgedById: e.acknowledgedById,
  outcome: e.outcome,
  outcomeAt: iso(e.outcomeAt),
  reply: {
    id: reply.id,
    accountId: reply.accountId,
    author: reply.authorHandle,
    text: reply.text,
    repliedAt: reply.repliedAt.toISOString(),
    findings: reply.findings,
  },
});
