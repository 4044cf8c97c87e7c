import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlatformError } from '../../../services/adapters/platforms/types.ts';
import { XAdapter } from '../../../services/adapters/platforms/x.ts';
import {
  finishXConnect,
  startXConnect,
  type XAppKeys,
} from '../../../services/adapters/platforms/x-connect.ts';
import { approveAuthLink, type FakeX, startFakeX } from '../../fakes/fake-x.ts';

let fake: FakeX;
let app: XAppKeys;
const redirectUri = 'https://gatepost.oakfield.sch.uk/accounts/x/callback';

beforeAll(async () => {
  fake = await startFakeX();
  fake.state.oauth2Clients.set('gatepost-client', { secret: 'client-secret' });
  app = { clientId: 'gatepost-client', clientSecret: 'client-secret', httpAgent: fake.agent };
});
afterAll(() => fake.close());

describe('connecting an X account with OAuth 2.0', () => {
  it('turns the approved link into credentials that post as the school', async () => {
    const started = startXConnect(app, redirectUri);
    expect(new URL(started.url).searchParams.get('scope')).toContain('tweet.write');
    const callback = approveAuthLink(fake.state, started.url, fake.account.id);

    const credentials = await finishXConnect(app, redirectUri, started, callback);
    expect(credentials).toMatchObject({ kind: 'oauth2', refreshToken: expect.any(String) });
    const x = new XAdapter({ credentials, httpAgent: fake.agent });
    expect(await x.verifyCredentials()).toEqual({ handle: '@oakfield_primary' });
  });

  it('refuses a callback that does not belong to the link handed out', async () => {
    const started = startXConnect(app, redirectUri);
    const callback = approveAuthLink(fake.state, started.url, fake.account.id);
    await expect(finishXConnect(app, redirectUri, started, { ...callback, state: 'forged' })).rejects.toThrow(
      /different request/,
    );
  });

  it('fails when X does not accept the code verifier', async () => {
    const started = startXConnect(app, redirectUri);
    const callback = approveAuthLink(fake.state, started.url, fake.account.id);
    const error = await finishXConnect(
      app,
      redirectUri,
      { ...started, codeVerifier: 'x'.repeat(64) },
      callback,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect((error as PlatformError).kind).toBe('rejected');
  });
});
