// Telling people something needs them (a post held or failed, a token about to expire): an
// audit event in the caller's transaction (the lasting record, listed by GET /api/notices) and,
// once that commits, a change notice so open dashboards refresh at once.
import type { ChangeFeed } from '../adapters/events.ts';
import type { Prisma, Role } from '../generated/prisma/client.ts';
import { appendAudit } from '../repositories/audit.ts';

export const NOTICE_ACTION = 'notice.sent';

export interface Notice {
  schoolId: string;
  /** What it is about, e.g. 'publication.failed', 'account.token-expiring'. */
  kind: string;
  subjectType: 'draft' | 'account' | 'publication';
  subjectId: string;
  /** Who must act: the marketing officer, and the ICT technician for connection problems. */
  to: Role[];
  message: string;
}

export async function recordNotice(tx: Prisma.TransactionClient, notice: Notice): Promise<Notice> {
  await appendAudit(tx, {
    schoolId: notice.schoolId,
    actorId: null,
    action: NOTICE_ACTION,
    subjectType: notice.subjectType,
    subjectId: notice.subjectId,
    data: { kind: notice.kind, to: notice.to, message: notice.message },
  });
  return notice;
}

/** Only ids travel on the feed; the dashboard fetches the message for people it is meant for. */
export async function announceNotice(feed: ChangeFeed, notice: Notice): Promise<void> {
  await feed.publish({
    type: 'notice',
    id: notice.subjectId,
    schoolId: notice.schoolId,
    state: notice.kind,
  });
}

export const connectionProblemRecipients: Role[] = ['MARKETING_OFFICER', 'ICT_TECHNICIAN'];
