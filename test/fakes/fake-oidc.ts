// A small OpenID Connect provider standing in for Microsoft 365 / Google Workspace: discovery,
// an authorize endpoint that approves the configured person at once, a token endpoint that
// checks the client secret and the PKCE verifier, and RS256 ID tokens signed with a key made here.
// A test can make the next ID token lie (wrong nonce, bad signature) to see Gatepost refuse it.
import { createHash, createSign, generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeOidcPerson {
  email: string;
  emailVerified?: boolean;
}

/** How the next ID token should misbehave. */
export type IdTokenFault = 'wrong-nonce' | 'bad-signature';

export interface FakeOidc {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Who the provider signs in next. */
  person: FakeOidcPerson;
  faults: IdTokenFault[];
  /** Token requests refused for a PKCE verifier that did not match its challenge. */
  pkceRefusals: number;
  close(): Promise<void>;
}

interface Grant {
  redirectUri: string;
  challenge: string;
  nonce: string;
  person: FakeOidcPerson;
}

const base64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

async function form(req: IncomingMessage) {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function clientOf(req: IncomingMessage, body: URLSearchParams) {
  const basic = req.headers.authorization?.match(/^Basic (.+)$/)?.[1];
  if (!basic) return { id: body.get('client_id'), secret: body.get('client_secret') };
  const [id, secret] = Buffer.from(basic, 'base64').toString('utf8').split(':').map(decodeURIComponent);
  return { id, secret };
}

export async function startFakeOidc(person: FakeOidcPerson): Promise<FakeOidc> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomBytes(8).toString('hex');
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'RS256' };
  const grants = new Map<string, Grant>();

  const sign = (claims: Record<string, unknown>, fault?: IdTokenFault) => {
    const input = `${base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }))}.${base64url(JSON.stringify(claims))}`;
    const signature = createSign('RSA-SHA256').update(input).sign(privateKey);
    if (fault === 'bad-signature') signature[0] = (signature[0] ?? 0) ^ 0xff;
    return `${input}.${base64url(signature)}`;
  };

  const token = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await form(req);
    const client = clientOf(req, body);
    if (client.id !== fake.clientId || client.secret !== fake.clientSecret) {
      return send(res, 401, { error: 'invalid_client' });
    }
    const code = body.get('code') ?? '';
    const grant = grants.get(code);
    grants.delete(code);
    if (
      !grant ||
      body.get('grant_type') !== 'authorization_code' ||
      body.get('redirect_uri') !== grant.redirectUri
    ) {
      return send(res, 400, { error: 'invalid_grant' });
    }
    const verifier = body.get('code_verifier') ?? '';
    if (base64url(createHash('sha256').update(verifier).digest()) !== grant.challenge) {
      fake.pkceRefusals++;
      return send(res, 400, { error: 'invalid_grant', error_description: 'PKCE verifier does not match' });
    }
    const fault = fake.faults.shift();
    const now = Math.floor(Date.now() / 1000);
    const idToken = sign(
      {
        iss: fake.issuer,
        aud: fake.clientId,
        sub: createHash('sha256').update(grant.person.email).digest('hex').slice(0, 24),
        email: grant.person.email,
        ...(grant.person.emailVerified === undefined ? {} : { email_verified: grant.person.emailVerified }),
        nonce: fault === 'wrong-nonce' ? 'not-the-nonce-gatepost-sent' : grant.nonce,
        iat: now,
        exp: now + 300,
      },
      fault,
    );
    send(res, 200, {
      access_token: base64url(randomBytes(24)),
      token_type: 'Bearer',
      expires_in: 300,
      id_token: idToken,
    });
  };

  const authorize = (url: URL, res: ServerResponse) => {
    const redirectUri = url.searchParams.get('redirect_uri') ?? '';
    const challenge = url.searchParams.get('code_challenge');
    if (url.searchParams.get('client_id') !== fake.clientId || !redirectUri || !challenge) {
      return send(res, 400, { error: 'invalid_request' });
    }
    if (url.searchParams.get('code_challenge_method') !== 'S256')
      return send(res, 400, { error: 'invalid_request' });
    const code = base64url(randomBytes(24));
    grants.set(code, {
      redirectUri,
      challenge,
      nonce: url.searchParams.get('nonce') ?? '',
      person: { ...fake.person },
    });
    const back = new URL(redirectUri);
    back.searchParams.set('code', code);
    back.searchParams.set('state', url.searchParams.get('state') ?? '');
    back.searchParams.set('iss', fake.issuer);
    res.writeHead(302, { location: back.href });
    res.end();
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', fake.issuer);
    if (url.pathname === '/.well-known/openid-configuration') {
      return send(res, 200, {
        issuer: fake.issuer,
        authorization_endpoint: `${fake.issuer}/authorize`,
        token_endpoint: `${fake.issuer}/token`,
        jwks_uri: `${fake.issuer}/jwks`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
        authorization_response_iss_parameter_supported: true,
      });
    }
    if (url.pathname === '/jwks') return send(res, 200, { keys: [jwk] });
    if (url.pathname === '/authorize' && req.method === 'GET') return authorize(url, res);
    if (url.pathname === '/token' && req.method === 'POST') {
      token(req, res).catch(() => send(res, 500, { error: 'server_error' }));
      return;
    }
    send(res, 404, { error: 'not_found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const fake: FakeOidc = {
    issuer: `http://127.0.0.1:${port}`,
    clientId: 'gatepost-test-client',
    clientSecret: base64url(randomBytes(24)),
    person,
    faults: [],
    pkceRefusals: 0,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  return fake;
}
