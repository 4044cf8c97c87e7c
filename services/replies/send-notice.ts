// notify: sends one notice by email. Sending twice writes the same message again (the outbox
// file is named after the notice), so a retry after a crash is harmless.
import type { Services } from '../context.ts';
import { findNotice, markNoticeSent } from '../repositories/notices.ts';
import { noticeBody } from './notice-texts.ts';

export async function sendNotice(services: Services, noticeId: string): Promise<{ sent: boolean }> {
  const notice = await findNotice(services.db, noticeId);
  if (!notice || notice.sentAt) return { sent: false };
  await services.mailer.send({
    id: notice.id,
    to: notice.toEmail,
    subject: notice.subject,
    text: noticeBody(notice.link),
    schoolId: notice.schoolId,
  });
  await markNoticeSent(services.db, notice.id);
  return { sent: true };
}
