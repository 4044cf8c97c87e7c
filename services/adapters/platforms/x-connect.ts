// Connecting a school's X account with OAuth 2.0 PKCE: the ICT technician follows the link,
// approves on x.com, and X sends them back with a code we exchange for user-context tokens.
import type { Agent } from 'node:http';
import { TwitterApi } from 'twitter-api-v2';
import type { XCredentials } from './x-credentials.ts';
import { toPlatformError } from './x-errors.ts';

/** What Gatepost does on the account: post, read replies, hide them; offline.access for refresh. */
export const X_SCOPES = [
  'tweet.read',
  'tweet.write',
  'users.read',
  'tweet.moderate.write',
  'media.write',
  'offline.access',
];

export interface XAppKeys {
  clientId: string;
  /** Confidential clients only. */
  clientSecret?: string;
  httpAgent?: Agent;
}

export interface XConnectStart {
  url: string;
  /** Both must be kept (server side) until X redirects back. */
  state: string;
  codeVerifier: string;
}

function appClient(app: XAppKeys): TwitterApi {
  const keys = { clientId: app.clientId, ...(app.clientSecret ? { clientSecret: app.clientSecret } : {}) };
  return new TwitterApi(keys, app.httpAgent ? { httpAgent: app.httpAgent } : {});
}

export function startXConnect(app: XAppKeys, redirectUri: string): XConnectStart {
  const { url, state, codeVerifier } = appClient(app).generateOAuth2AuthLink(redirectUri, {
    scope: X_SCOPES,
  });
  return { url, state, codeVerifier };
}

export async function finishXConnect(
  app: XAppKeys,
  redirectUri: string,
  started: XConnectStart,
  callback: { code: string; state: string },
  now = new Date(),
): Promise<XCredentials> {
  // A mismatched state means the callback did not come from the link we handed out.
  if (callback.state !== started.state)
    throw new Error('The X sign-in came back for a different request; start again');
  try {
    const result = await appClient(app).loginWithOAuth2({
      code: callback.code,
      codeVerifier: started.codeVerifier,
      redirectUri,
    });
    return {
      kind: 'oauth2',
      accessToken: result.accessToken,
      ...(result.refreshToken ? { refreshToken: result.refreshToken } : {}),
      expiresAt: new Date(now.getTime() + result.expiresIn * 1000).toISOString(),
    };
  } catch (error) {
    throw toPlatformError(error);
  }
}

/** Swaps the refresh token for new user-context tokens (X rotates the refresh token each time). */
export async function refreshXConnection(
  app: XAppKeys,
  refreshToken: string,
  now = new Date(),
): Promise<XCredentials> {
  try {
    const result = await appClient(app).refreshOAuth2Token(refreshToken);
    return {
      kind: 'oauth2',
      accessToken: result.accessToken,
      refreshToken: result.refreshToken ?? refreshToken,
      expiresAt: new Date(now.getTime() + result.expiresIn * 1000).toISOString(),
    };
  } catch (error) {
    throw toPlatformError(error);
  }
}
