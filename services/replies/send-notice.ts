// notify: sends one notice by email. Sending twice writes the same message again (the outbox
// file is named after the notice), so a retry after a crash is harmless.
import { type Mailer, outboxMailer } from '../adapters/mail/mailer.ts';
import type { Services } from '../context.ts';
import { findNotice, markNoticeSent } from '../repositories/notices.ts';
import { noticeBody } from './notice-texts.ts';

const mailers = new Map<string, Mailer>();
const mailerFor = (dataDir: string) =>
  mailers.get(dataDir) ?? mailers.set(dataDir, outboxMailer(dataDir)).get(dataDir)!;

export async function sendNotice(services: Services, noticeId: string): Promise<{ sent: boolean }> {
  const notice = await findNotice(services.db, noticeId);
  if (!notice || notice.sentAt) return { sent: false };
  await mailerFor(services.config.dataDir).send({
    id: notice.id,
    to: notice.toEmail,
    subject: notice.subject,
    text: noticeBody(notice.link),
  });
  await markNoticeSent(services.db, notice.id);
  return { sent: true };
}
