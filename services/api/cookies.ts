import type { CookieOptions, Request } from 'express';
import type { Services } from '../context.ts';

export const SESSION_COOKIE = 'gatepost_session';

export function sessionCookieOptions(services: Services, req: Request): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'lax',
    secure: req.secure || services.publicUrl.startsWith('https:'),
    path: '/',
  };
}
