// Verifies OAuth 1.0a HMAC-SHA1 signatures (RFC 5849 §3.4) the way X does, so a test only
// passes when the client really signed the request with the account's keys.
import { createHmac, timingSafeEqual } from 'node:crypto';

function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

export function parseOAuthHeader(header: string | undefined): Map<string, string> | null {
  if (!header?.startsWith('OAuth ')) return null;
  const fields = new Map<string, string>();
  for (const part of header.slice(6).split(',')) {
    const [key, quoted] = part.trim().split('=');
    if (key && quoted) fields.set(decodeURIComponent(key), decodeURIComponent(quoted.replace(/^"|"$/g, '')));
  }
  return fields;
}

export interface OAuth1Secrets {
  consumerSecret: string;
  tokenSecret: string;
}

/** `formBody` holds the parameters of an application/x-www-form-urlencoded body, which are signed too. */
export function signatureIsValid(
  method: string,
  url: URL,
  oauth: Map<string, string>,
  secrets: OAuth1Secrets,
  formBody: URLSearchParams | null,
): boolean {
  const pairs: [string, string][] = [];
  for (const [key, value] of oauth) if (key !== 'oauth_signature') pairs.push([key, value]);
  for (const [key, value] of url.searchParams) pairs.push([key, value]);
  for (const [key, value] of formBody ?? []) pairs.push([key, value]);
  const normalised = pairs
    .map(([key, value]) => [percentEncode(key), percentEncode(value)] as const)
    .sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : 1) : a < b ? -1 : 1))
    .map(([key, value]) => `${key}=${value}`)
    .join('&');
  const base = [
    method.toUpperCase(),
    percentEncode(`${url.origin}${url.pathname}`),
    percentEncode(normalised),
  ].join('&');
  const key = `${percentEncode(secrets.consumerSecret)}&${percentEncode(secrets.tokenSecret)}`;
  const expected = createHmac('sha1', key).update(base).digest();
  const given = Buffer.from(oauth.get('oauth_signature') ?? '', 'base64');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
