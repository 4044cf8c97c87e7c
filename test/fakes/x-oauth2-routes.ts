// X's OAuth 2.0 token endpoint with PKCE (S256), checking what X checks: the client, the
// redirect URI, the one-time code and the verifier against the challenge.
import { createHash, randomBytes } from 'node:crypto';
import type { FakeAnswer, FakeRequest, Route } from './http-fake.ts';
import type { XState } from './x-state.ts';

function oauthError(description: string, error = 'invalid_request'): FakeAnswer {
  return { status: 400, body: { error, error_description: description } };
}

/** twitter-api-v2 posts JSON here; X's documentation shows a form body. Both are accepted. */
function fields(request: FakeRequest): Map<string, string> {
  const raw = request.body.toString('utf8');
  if (String(request.headers['content-type']).includes('json')) {
    return new Map(Object.entries(JSON.parse(raw) as Record<string, string>));
  }
  return new Map(new URLSearchParams(raw));
}

function basicClient(request: FakeRequest): { id: string; secret: string } | null {
  const header = request.headers.authorization;
  if (!header?.startsWith('Basic ')) return null;
  const [id, secret] = Buffer.from(header.slice(6), 'base64').toString('utf8').split(':');
  return id && secret ? { id: decodeURIComponent(id), secret: decodeURIComponent(secret) } : null;
}

/** Refresh tokens X has handed out and not yet spent: each works once (X rotates them). */
const refreshTokens = new WeakMap<XState, Map<string, { clientId: string; userId: string; scope: string }>>();

function issueTokens(state: XState, grant: { clientId: string; userId: string; scope: string }): FakeAnswer {
  const accessToken = randomBytes(24).toString('base64url');
  state.bearerTokens.set(accessToken, grant.userId);
  let refreshToken: string | undefined;
  if (grant.scope.split(' ').includes('offline.access')) {
    refreshToken = randomBytes(24).toString('base64url');
    const issued = refreshTokens.get(state) ?? new Map();
    issued.set(refreshToken, grant);
    refreshTokens.set(state, issued);
  }
  return {
    status: 200,
    body: {
      token_type: 'bearer',
      expires_in: 7200,
      access_token: accessToken,
      scope: grant.scope,
      ...(refreshToken ? { refresh_token: refreshToken } : {}),
    },
  };
}

function refresh(state: XState, request: FakeRequest, clientId: string): FakeAnswer {
  const token = fields(request).get('refresh_token') ?? '';
  const grant = refreshTokens.get(state)?.get(token);
  refreshTokens.get(state)?.delete(token);
  if (!grant || grant.clientId !== clientId)
    return oauthError('Value passed for the token was invalid.', 'invalid_grant');
  return issueTokens(state, grant);
}

function exchange(state: XState, request: FakeRequest): FakeAnswer {
  const body = fields(request);
  const grantType = body.get('grant_type');
  if (grantType !== 'authorization_code' && grantType !== 'refresh_token')
    return oauthError('Only authorization_code and refresh_token are faked.');
  const clientId = body.get('client_id') ?? basicClient(request)?.id ?? '';
  const client = state.oauth2Clients.get(clientId);
  if (!client) return oauthError('Missing valid authorization header', 'unauthorized_client');
  if (client.secret !== null && basicClient(request)?.secret !== client.secret) {
    return oauthError('Missing valid authorization header', 'unauthorized_client');
  }
  if (grantType === 'refresh_token') return refresh(state, request, clientId);
  const code = body.get('code') ?? '';
  const grant = state.oauth2Codes.get(code);
  state.oauth2Codes.delete(code);
  const challenge = createHash('sha256')
    .update(body.get('code_verifier') ?? '')
    .digest('base64url');
  if (!grant || grant.clientId !== clientId || grant.redirectUri !== body.get('redirect_uri')) {
    return oauthError('Value passed for the authorization code was invalid.', 'invalid_grant');
  }
  if (grant.codeChallenge !== challenge)
    return oauthError('Value passed for the code verifier was invalid.', 'invalid_grant');
  return issueTokens(state, { clientId, userId: grant.userId, scope: grant.scope });
}

export function oauth2Routes(state: XState): Route[] {
  return [{ method: 'POST', pattern: '/2/oauth2/token', handle: (r) => exchange(state, r) }];
}

/**
 * What happens at x.com when the user clicks "Authorize app" on the link: X remembers the
 * challenge and redirects back with a one-time code.
 */
export function approveAuthLink(
  state: XState,
  authLink: string,
  userId: string,
): { code: string; state: string } {
  const query = new URL(authLink).searchParams;
  if (query.get('code_challenge_method') !== 's256') throw new Error('X requires S256 PKCE');
  const code = randomBytes(16).toString('base64url');
  state.oauth2Codes.set(code, {
    clientId: query.get('client_id') ?? '',
    redirectUri: query.get('redirect_uri') ?? '',
    codeChallenge: query.get('code_challenge') ?? '',
    scope: query.get('scope') ?? '',
    userId,
  });
  return { code, state: query.get('state') ?? '' };
}
