// Sign-in with the school's Microsoft 365 or Google Workspace (OpenID Connect), through
// openid-client: PKCE, state, nonce and the ID token's signature, issuer, audience and expiry
// are checked there, not by hand. Only someone already in Gatepost gets in — people still join
// by invitation — and the provider's word for their email must be verified.
import * as oidc from 'openid-client';
import { z } from 'zod';
import type { Services } from '../context.ts';
import { AppError } from '../domain/errors.ts';
import { inTransaction } from '../repositories/db.ts';
import { findUserByEmail } from '../repositories/people.ts';
import { newSecret, openSession, sha256 } from './sessions.ts';

const PENDING_SECONDS = 600;

export const oidcCallbackPath = '/api/session/oidc/callback';

/** Why a single sign-in failed, as the dashboard reads it from `/?signin=failed&reason=…`. */
export type OidcRefusal =
  | 'expired'
  | 'provider-refused'
  | 'invalid-response'
  | 'email-missing'
  | 'email-unverified'
  | 'unknown-person';

export class OidcSignInRefused extends AppError {
  constructor(
    readonly reason: OidcRefusal,
    message: string,
  ) {
    super(reason === 'unknown-person' ? 'forbidden' : 'unauthenticated', message, { reason });
  }
}

const pendingSchema = z.object({
  redirectUri: z.string(),
  state: z.string(),
  nonce: z.string(),
  codeVerifier: z.string(),
});

interface Provider {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

export function oidcProvider(services: Services): Provider | undefined {
  const { GATEPOST_OIDC_ISSUER, GATEPOST_OIDC_CLIENT_ID, GATEPOST_OIDC_CLIENT_SECRET } = services.config;
  if (!GATEPOST_OIDC_ISSUER || !GATEPOST_OIDC_CLIENT_ID || !GATEPOST_OIDC_CLIENT_SECRET) return undefined;
  return {
    issuer: GATEPOST_OIDC_ISSUER,
    clientId: GATEPOST_OIDC_CLIENT_ID,
    clientSecret: GATEPOST_OIDC_CLIENT_SECRET,
  };
}

function requireProvider(services: Services): Provider {
  const provider = oidcProvider(services);
  if (!provider) {
    throw new AppError(
      'not_found',
      'Signing in with the school’s Microsoft 365 or Google account is not set up here; set GATEPOST_OIDC_ISSUER, GATEPOST_OIDC_CLIENT_ID and GATEPOST_OIDC_CLIENT_SECRET.',
    );
  }
  return provider;
}

const loopback = new Set(['localhost', '127.0.0.1', '[::1]']);
const discovered = new Map<string, Promise<oidc.Configuration>>();

/** The provider's metadata and keys, fetched once per process (a failed fetch is retried next time). */
function configurationOf(provider: Provider): Promise<oidc.Configuration> {
  const key = `${provider.issuer} ${provider.clientId}`;
  let configuration = discovered.get(key);
  if (!configuration) {
    const issuer = new URL(provider.issuer);
    // Plain http only for a provider on this machine (tests, local development).
    const insecure = issuer.protocol === 'http:' && loopback.has(issuer.hostname);
    // openid-client trusts an ID token fetched over TLS without checking its signature (OIDC Core
    // 3.1.3.7); we check it against the provider's published keys anyway, as defence in depth.
    const execute = [oidc.enableNonRepudiationChecks, ...(insecure ? [oidc.allowInsecureRequests] : [])];
    configuration = oidc.discovery(issuer, provider.clientId, provider.clientSecret, undefined, { execute });
    configuration.catch(() => discovered.delete(key));
    discovered.set(key, configuration);
  }
  return configuration;
}

const pendingKey = (services: Services, handle: string) =>
  `${services.queue.prefix}:oidc-sign-in:${sha256(handle)}`;

/**
 * Where to send the browser, and the handle (kept in an httpOnly cookie) that finds this
 * attempt's verifier, state and nonce again — they wait server side for ten minutes.
 */
export async function startOidcSignIn(services: Services, origin: string) {
  const configuration = await configurationOf(requireProvider(services)).catch(() => {
    throw new AppError(
      'bad_request',
      'The school’s sign-in provider could not be reached; try again shortly.',
    );
  });
  const pending = {
    redirectUri: `${origin}${oidcCallbackPath}`,
    state: oidc.randomState(),
    nonce: oidc.randomNonce(),
    codeVerifier: oidc.randomPKCECodeVerifier(),
  };
  const handle = newSecret();
  await services.redis.set(pendingKey(services, handle), JSON.stringify(pending), 'EX', PENDING_SECONDS);
  const url = oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: pending.redirectUri,
    scope: 'openid email profile',
    state: pending.state,
    nonce: pending.nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier),
    code_challenge_method: 'S256',
  });
  return { url: url.href, handle, maxAgeMs: PENDING_SECONDS * 1000 };
}

/** The verified email the provider vouches for, or why there is none. */
function verifiedEmail(claims: oidc.IDToken | undefined): string {
  const email = claims?.email;
  if (typeof email !== 'string' || !email.includes('@')) {
    throw new OidcSignInRefused(
      'email-missing',
      'The school’s sign-in provider did not say which email you use.',
    );
  }
  if (claims?.email_verified !== undefined && claims.email_verified !== true) {
    throw new OidcSignInRefused(
      'email-unverified',
      'The school’s sign-in provider has not verified your email.',
    );
  }
  return email.trim().toLowerCase();
}

/** Where the provider sends the browser back: checks everything, then opens a session. */
export async function finishOidcSignIn(
  services: Services,
  callback: { handle: string | undefined; query: string; ip: string },
) {
  const provider = requireProvider(services);
  // One use only: a replayed callback finds nothing.
  const raw = callback.handle ? await services.redis.getdel(pendingKey(services, callback.handle)) : null;
  if (!raw) {
    throw new OidcSignInRefused('expired', 'This sign-in is unknown or has expired; start signing in again.');
  }
  const pending = pendingSchema.parse(JSON.parse(raw));
  const returned = new URL(`${pending.redirectUri}?${callback.query}`);
  if (returned.searchParams.has('error')) {
    throw new OidcSignInRefused('provider-refused', 'The school’s sign-in provider did not sign you in.');
  }
  const tokens = await oidc
    .authorizationCodeGrant(await configurationOf(provider), returned, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    })
    .catch((error: unknown) => {
      services.log.warn({ err: error }, 'OIDC sign-in response refused');
      throw new OidcSignInRefused(
        'invalid-response',
        'The answer from the school’s sign-in provider did not check out; start signing in again.',
      );
    });
  const email = verifiedEmail(tokens.claims());
  const user = await findUserByEmail(services.db, email);
  if (!user) {
    throw new OidcSignInRefused(
      'unknown-person',
      `${email} has no Gatepost account; ask your headteacher for an invitation.`,
    );
  }
  const session = await inTransaction(services.db, (tx) =>
    openSession(tx, services, user.id, { method: 'oidc', issuer: provider.issuer, ip: callback.ip }),
  );
  return { ...session, userId: user.id };
}
