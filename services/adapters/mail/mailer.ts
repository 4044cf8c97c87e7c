// Outgoing email. Without an SMTP server configured, messages are written as .eml files to an
// outbox directory under the data dir (private files, atomic writes), where an operator's relay
// or a test can pick them up. The message is rendered by nodemailer either way.
import path from 'node:path';
import nodemailer from 'nodemailer';
import { LocalDirectoryStorage } from '../storage/local-directory.ts';

export interface Mail {
  /** Also the file name in the outbox, so sending the same notice twice writes one file. */
  id: string;
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

const FROM = 'Gatepost <no-reply@gatepost.invalid>';

export function outboxMailer(dataDir: string): Mailer {
  const outbox = new LocalDirectoryStorage(path.join(dataDir, 'outbox'));
  const render = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(mail) {
      const { message } = await render.sendMail({
        from: FROM,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
      });
      await outbox.put(`${mail.id}.eml`, message as Buffer);
    },
  };
}

export const outboxDir = (dataDir: string) => path.join(dataDir, 'outbox');
