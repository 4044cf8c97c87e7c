import type { Request, Response } from 'express';
import { signIn, signOut, signOutEverywhere } from '../../auth/sessions.ts';
import type { Services } from '../../context.ts';
import { AppError } from '../../domain/errors.ts';
import { findUser } from '../../repositories/people.ts';
import { SESSION_COOKIE, sessionCookieOptions } from '../cookies.ts';
import { route } from '../route.ts';
import { meSchema, sessionBody } from '../schemas.ts';

async function me(services: Parameters<typeof findUser>[0], userId: string) {
  const user = await findUser(services, userId);
  if (!user) throw new AppError('unauthenticated', 'Sign in again.');
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    memberships: user.memberships.map((m) => ({
      schoolId: m.schoolId,
      schoolName: m.school.name,
      role: m.role,
    })),
  };
}

/** Hands the browser its new session and answers who is now signed in. */
export function signedIn(
  services: Services,
  req: Request,
  res: Response,
  session: { secret: string; expiresAt: Date; userId: string },
) {
  res.cookie(SESSION_COOKIE, session.secret, {
    ...sessionCookieOptions(services, req),
    expires: session.expiresAt,
  });
  return me(services.db, session.userId);
}

export const sessionRoutes = [
  route({
    method: 'post',
    path: '/api/session',
    summary: 'Sign in with email and password; sets an httpOnly session cookie',
    tag: 'session',
    access: 'public',
    body: sessionBody,
    response: meSchema,
    async handler({ services, body, req, res }) {
      const { secret, expiresAt, user } = await signIn(services, { ...body, ip: req.ip ?? 'unknown' }).catch(
        (error: unknown) => {
          const wait = (error as AppError).details as { retryAfterSeconds?: number } | undefined;
          if (wait?.retryAfterSeconds) res.set('Retry-After', String(wait.retryAfterSeconds));
          throw error;
        },
      );
      return signedIn(services, req, res, { secret, expiresAt, userId: user.id });
    },
  }),
  route({
    method: 'delete',
    path: '/api/session',
    summary: 'Sign out',
    tag: 'session',
    access: 'signed-in',
    status: 204,
    async handler({ services, req, res }) {
      const secret = req.cookies?.[SESSION_COOKIE] as string | undefined;
      if (secret) await signOut(services.db, secret);
      res.clearCookie(SESSION_COOKIE, sessionCookieOptions(services, req));
      return null;
    },
  }),
  route({
    method: 'delete',
    path: '/api/sessions',
    summary: 'Sign out everywhere: ends every session of the caller (API tokens are kept)',
    tag: 'session',
    access: 'signed-in',
    status: 204,
    async handler({ services, actor, req, res }) {
      await signOutEverywhere(services, actor);
      res.clearCookie(SESSION_COOKIE, sessionCookieOptions(services, req));
      return null;
    },
  }),
  route({
    method: 'get',
    path: '/api/me',
    summary: 'Who is signed in, and their roles per school',
    tag: 'session',
    access: 'signed-in',
    response: meSchema,
    handler: ({ services, actor }) => me(services.db, actor.userId),
  }),
];
