// Outgoing email. With GATEPOST_SMTP_URL set, mail goes to that SMTP server. Without it (a first
// run, development, tests), messages are written to an outbox directory under the data dir
// (private files, atomic writes): the .eml for an operator's relay, and a small .json envelope the
// dashboard lists through GET /api/outbox. The message is rendered by nodemailer either way.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import { LocalDirectoryStorage } from '../storage/local-directory.ts';

export interface Mail {
  /** Also the file name in the outbox, so sending the same notice twice writes one file. */
  id: string;
  to: string;
  subject: string;
  text: string;
  /** The school the mail is about, so that school's headteacher can find it in the outbox. */
  schoolId?: string;
}

export interface Mailer {
  /** Where mail goes: an SMTP server, or the local outbox the dashboard can show. */
  readonly kind: 'smtp' | 'outbox';
  send(mail: Mail): Promise<void>;
}

export const outboxDir = (dataDir: string) => path.join(dataDir, 'outbox');

export const outboxEntry = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  schoolId: z.string().nullable(),
  at: z.string(),
});

export type OutboxEntry = z.infer<typeof outboxEntry>;

export function outboxMailer(dataDir: string, from: string): Mailer {
  const outbox = new LocalDirectoryStorage(outboxDir(dataDir));
  const render = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    kind: 'outbox',
    async send(mail) {
      const { message } = await render.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
      });
      await outbox.put(`${mail.id}.eml`, message as Buffer);
      const entry: OutboxEntry = {
        id: mail.id,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        schoolId: mail.schoolId ?? null,
        at: new Date().toISOString(),
      };
      await outbox.put(`${mail.id}.json`, Buffer.from(JSON.stringify(entry)));
    },
  };
}

export function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    kind: 'smtp',
    async send(mail) {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}

export const mailerFor = (config: Config): Mailer =>
  config.GATEPOST_SMTP_URL
    ? smtpMailer(config.GATEPOST_SMTP_URL, config.GATEPOST_MAIL_FROM)
    : outboxMailer(config.dataDir, config.GATEPOST_MAIL_FROM);

/** The outbox, newest first; files that are not envelopes (or half-written) are skipped. */
export async function readOutbox(dataDir: string): Promise<OutboxEntry[]> {
  const dir = outboxDir(dataDir);
  const names = await readdir(dir).catch(() => [] as string[]);
  const entries = await Promise.all(
    names
      .filter((n) => n.endsWith('.json') && !n.startsWith('.'))
      .map(async (n) => {
        const parsed = outboxEntry.safeParse(JSON.parse(await readFile(path.join(dir, n), 'utf8')));
        return parsed.success ? [parsed.data] : [];
      }),
  );
  return entries.flat().sort((a, b) => (a.at < b.at ? 1 : -1));
}
