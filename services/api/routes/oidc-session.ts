// Sign-in with the school's Microsoft 365 or Google Workspace: the round trip to the provider,
// and the sign-in methods the dashboard offers. Browsers are sent back to the dashboard with a
// reason code on failure; API callers get the usual JSON error.
import type { Request, Response } from 'express';
import { z } from 'zod';
import {
  finishOidcSignIn,
  OidcSignInRefused,
  oidcCallbackPath,
  oidcProvider,
  startOidcSignIn,
} from '../../auth/oidc-sign-in.ts';
import type { Services } from '../../context.ts';
import { AppError } from '../../domain/errors.ts';
import { sessionCookieOptions } from '../cookies.ts';
import { route } from '../route.ts';
import { signedIn } from './session.ts';

const tag = 'session';
const startPath = '/api/session/oidc/start';
const PENDING_COOKIE = 'gatepost_oidc';

const pendingCookieOptions = (services: Services, req: Request) => ({
  ...sessionCookieOptions(services, req),
  path: '/api/session/oidc',
});

// Where the provider must send people back; without a configured public URL, where they came in.
const originOf = (services: Services, req: Request) =>
  services.config.GATEPOST_PUBLIC_URL ? services.publicUrl : `${req.protocol}://${req.get('host')}`;

const wantsPage = (req: Request) => req.accepts(['json', 'html']) === 'html';

function refuse(req: Request, res: Response, error: unknown) {
  const unconfigured = error instanceof AppError && error.code === 'not_found';
  if (unconfigured || !wantsPage(req)) throw error;
  const reason = error instanceof OidcSignInRefused ? error.reason : 'unavailable';
  res.redirect(302, `/?signin=failed&reason=${reason}`);
  return undefined;
}

export const oidcSessionRoutes = [
  route({
    method: 'get',
    path: '/api/session/methods',
    summary:
      'How people may sign in here: password always; the school’s Microsoft 365/Google when configured',
    tag,
    access: 'public',
    response: z.object({
      password: z.boolean(),
      oidc: z.object({ enabled: z.boolean(), label: z.string().optional(), startUrl: z.string().optional() }),
    }),
    handler: async ({ services }) => ({
      password: true,
      oidc: oidcProvider(services)
        ? { enabled: true, label: services.config.GATEPOST_OIDC_LABEL, startUrl: startPath }
        : { enabled: false },
    }),
  }),
  route({
    method: 'get',
    path: startPath,
    summary: 'Start signing in with the school’s provider: redirects there (PKCE, state and nonce)',
    tag,
    access: 'public',
    status: 302,
    async handler({ services, req, res }) {
      const { url, handle, maxAgeMs } = await startOidcSignIn(services, originOf(services, req));
      res.cookie(PENDING_COOKIE, handle, { ...pendingCookieOptions(services, req), maxAge: maxAgeMs });
      res.redirect(302, url);
      return undefined;
    },
  }),
  route({
    method: 'get',
    path: oidcCallbackPath,
    summary: 'Where the school’s provider sends people back; signs in an existing Gatepost user only',
    tag,
    access: 'public',
    status: 302,
    async handler({ services, req, res }) {
      res.clearCookie(PENDING_COOKIE, pendingCookieOptions(services, req));
      try {
        const session = await finishOidcSignIn(services, {
          handle: req.cookies?.[PENDING_COOKIE] as string | undefined,
          query: new URL(req.originalUrl, 'http://callback.invalid').searchParams.toString(),
          ip: req.ip ?? 'unknown',
        });
        await signedIn(services, req, res, session);
      } catch (error) {
        return refuse(req, res, error);
      }
      res.redirect(302, '/');
      return undefined;
    },
  }),
];
