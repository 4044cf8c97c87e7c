import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeSmtp, startFakeSmtp } from '../../../test/fakes/fake-smtp.ts';
import { parseConfig } from '../../config.ts';
import { mailerFor, outboxDir, readOutbox } from './mailer.ts';

let smtp: FakeSmtp;
beforeAll(async () => {
  smtp = await startFakeSmtp();
});
afterAll(() => smtp.close());

const invitation = {
  id: 'invite-1',
  to: 'new.teacher@school.test',
  subject: 'You are invited to Gatepost',
  text: 'Open this link to set your password: http://localhost/invite#abc',
  schoolId: 'school-1',
};

describe('the mailer', () => {
  it('without SMTP writes a private .eml and lists the mail in the outbox', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'gp-mail-'));
    const mailer = mailerFor(parseConfig({ GATEPOST_DATA_DIR: dataDir }));
    expect(mailer.kind).toBe('outbox');
    await mailer.send(invitation);
    const eml = path.join(outboxDir(dataDir), 'invite-1.eml');
    expect(await readFile(eml, 'utf8')).toContain('Subject: You are invited to Gatepost');
    expect((await stat(eml)).mode & 0o777).toBe(0o600);
    const [listed] = await readOutbox(dataDir);
    expect(listed).toMatchObject({ to: invitation.to, subject: invitation.subject, text: invitation.text });
  });

  it('with SMTP configured delivers to the server from the configured sender, and keeps no outbox', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'gp-mail-'));
    const config = parseConfig({
      GATEPOST_DATA_DIR: dataDir,
      GATEPOST_SMTP_URL: smtp.url,
      GATEPOST_MAIL_FROM: 'Oak Primary <office@oak.test>',
    });
    const mailer = mailerFor(config);
    expect(mailer.kind).toBe('smtp');
    await mailer.send(invitation);
    const [mail] = smtp.received;
    expect(mail?.from).toBe('office@oak.test');
    expect(mail?.to).toEqual([invitation.to]);
    expect(mail?.data).toContain('Subject: You are invited to Gatepost');
    expect(await readOutbox(dataDir)).toEqual([]);
  });

  it('refuses an SMTP setting that is not a URL, saying what to set', () => {
    expect(() => parseConfig({ GATEPOST_SMTP_URL: 'mail server' })).toThrow(
      /GATEPOST_SMTP_URL: must be a URL/,
    );
  });
});
