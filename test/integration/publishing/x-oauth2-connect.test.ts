// Connecting an X account the way an ICT technician would: Gatepost hands out X's approval
// link, X sends the browser back with a code, and the tokens are sealed. Later, the two-hour
// access token is renewed with the refresh token just before a post needs it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { credentialVault } from '../../../services/accounts/credential-vault.ts';
import { approveAuthLink, type FakeX, startFakeX } from '../../fakes/fake-x.ts';
import { waitForState } from '../../support/gatepost.ts';
import { signedInGatepost } from '../../support/gatepost-for-file.ts';
import { addAccount, approvedDraft, fakeXSettings } from '../../support/platform-accounts.ts';

let fake: FakeX;
beforeAll(async () => {
  fake = await startFakeX();
  fake.state.oauth2Clients.set('gatepost-client', { secret: 'client-secret' });
});
afterAll(() => fake?.close());

const { gp, db, staff, officer, ict } = signedInGatepost({
  env: () => ({
    ...fakeXSettings(fake, `x-oauth2-${process.pid}`),
    GATEPOST_X_CLIENT_ID: 'gatepost-client',
    GATEPOST_X_CLIENT_SECRET: 'client-secret',
  }),
  database: true,
  as: ['staff', 'officer', 'ict'],
});
let accountId: string;
beforeAll(async () => {
  accountId = await addAccount(gp, db, 'X', '@oakfield_primary');
});

const vault = () => credentialVault(Buffer.from(gp.env.GATEPOST_SECRET_KEY!, 'base64'));

describe('the X connect flow', () => {
  it('connects through X’s approval page, once, for the ICT technician only', async () => {
    expect((await officer('POST', `/api/accounts/${accountId}/x/connect`)).status).toBe(403);
    const started = await ict('POST', `/api/accounts/${accountId}/x/connect`);
    expect(started.status).toBe(200);
    const callback = approveAuthLink(fake.state, started.body.url, fake.account.id);
    const back = `/api/accounts/x/callback?code=${callback.code}&state=${callback.state}`;

    const connected = await ict('GET', back);
    expect(connected.status).toBe(200);
    // With a refresh token the connection renews itself: no expiry to warn about.
    expect(connected.body).toMatchObject({ connected: true, tokenExpiresAt: null });
    expect(JSON.stringify(connected.body)).not.toMatch(/accessToken|refreshToken/);
    expect((await ict('GET', back)).status).toBe(409);
  });

  it('renews an access token about to expire before posting, and seals the new one', async () => {
    const row = await db.prisma.account.findUniqueOrThrow({ where: { id: accountId } });
    const stored = vault().open(accountId, row.credentials!) as { accessToken: string; expiresAt: string };
    const almostExpired = { ...stored, expiresAt: new Date(Date.now() + 60_000).toISOString() };
    await db.prisma.account.update({
      where: { id: accountId },
      data: { credentials: vault().seal(accountId, almostExpired) },
    });

    const text = 'Well done to our netball team on reaching the county final!';
    const id = await approvedDraft(staff, officer, accountId, text);
    expect((await waitForState(staff, id, ['PUBLISHED', 'FAILED'])).state).toBe('PUBLISHED');
    expect(fake.state.tweetsBy(fake.account.id).filter((t) => t.submittedText === text)).toHaveLength(1);

    const after = await db.prisma.account.findUniqueOrThrow({ where: { id: accountId } });
    const renewed = vault().open(accountId, after.credentials!) as { accessToken: string; expiresAt: string };
    expect(renewed.accessToken).not.toBe(stored.accessToken);
    expect(Date.parse(renewed.expiresAt)).toBeGreaterThan(Date.now() + 3_600_000);
    const audit = await db.prisma.auditEvent.count({
      where: { subjectId: accountId, action: 'account.token-renewed' },
    });
    expect(audit).toBe(1);
  });
});
