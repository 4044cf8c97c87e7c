// The Express app: security headers, sessions or API tokens, same-origin checks for cookie
// sessions, then the route table.
import path from 'node:path';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import { actorFromSession, actorFromToken } from '../auth/sessions.ts';
import type { Services } from '../context.ts';
import type { Actor } from '../domain/actor.ts';
import { AppError, notFound } from '../domain/errors.ts';
import { SESSION_COOKIE } from './cookies.ts';
import { errorHandler, NUL_MESSAGE } from './errors.ts';
import { openApiDocument } from './openapi.ts';
import type { Route } from './route.ts';
import { routes } from './routes/index.ts';
import { id } from './schemas.ts';
import { securityHeaders } from './security-headers.ts';

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

async function authenticate(
  services: Services,
  req: Request,
): Promise<{ actor?: Actor; viaCookie: boolean }> {
  const bearer = req.get('authorization')?.match(/^Bearer\s+(.+)$/i)?.[1];
  if (bearer) {
    const actor = await actorFromToken(services.db, bearer);
    if (!actor) throw new AppError('unauthenticated', 'That API token is not valid or was revoked.');
    return { actor, viaCookie: false };
  }
  const secret = req.cookies?.[SESSION_COOKIE] as string | undefined;
  return { actor: secret ? await actorFromSession(services.db, secret) : undefined, viaCookie: !!secret };
}

// CSRF defence (DESIGN.md): a state-changing request riding on a session cookie must say it
// comes from this app's own origin.
function requireSameOrigin(services: Services, req: Request): void {
  const origin = req.get('origin');
  const own = new Set([`${req.protocol}://${req.get('host')}`, new URL(services.publicUrl).origin]);
  if (!origin || !own.has(origin)) {
    throw new AppError(
      'csrf_failed',
      'This request did not come from Gatepost’s own pages; reload and try again.',
    );
  }
}

function mount(app: express.Express, services: Services, r: Route): void {
  app[r.method](r.path, async (req: Request, res: Response, next: NextFunction) => {
    try {
      for (const [name, value] of Object.entries(req.params)) {
        if (name === 'id' && !id.safeParse(value).success) throw notFound('That item');
      }
      const { actor, viaCookie } = await authenticate(services, req);
      if (viaCookie && unsafeMethods.has(req.method) && r.access !== 'public')
        requireSameOrigin(services, req);
      if (r.access !== 'public' && !actor) throw new AppError('unauthenticated', 'Sign in first.');
      const body = r.body ? r.body.parse(req.body ?? {}) : undefined;
      if (JSON.stringify(req.query).includes('\\u0000')) throw new AppError('validation_failed', NUL_MESSAGE);
      const query = r.query ? r.query.parse(req.query) : undefined;
      const params = req.params as Record<string, string>;
      const result = await r.handler({ services, actor: actor as Actor, body, query, params, req, res });
      if (result === undefined) return;
      if (r.status === 204) res.status(204).end();
      else res.status(r.status ?? 200).json(result);
    } catch (error) {
      next(error);
    }
  });
}

// PostgreSQL cannot store the NUL character in text; refusing it here turns what would be a
// database error (a 500) into a clear 400 for every route at once.
function refuseNul(_req: unknown, _res: unknown, body: Buffer): void {
  if (body.includes('\\u0000') || body.includes(0)) {
    throw Object.assign(new Error('nul'), { status: 400, type: 'entity.nul' });
  }
}

export function createApp(services: Services, dashboardDir?: string): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(securityHeaders(services.publicUrl));
  app.use(express.json({ limit: '1mb', verify: refuseNul }));
  app.use(cookieParser());
  const document = openApiDocument(routes);
  app.get('/api/openapi.json', (_req, res) => {
    res.json(document);
  });
  for (const r of routes) mount(app, services, r);
  app.use('/api', (_req, _res, next) => next(new AppError('not_found', 'There is no such API endpoint.')));
  if (dashboardDir) {
    app.use(express.static(dashboardDir, { index: 'index.html', maxAge: '1h' }));
    app.get('/{*path}', (_req, res) => res.sendFile(path.join(dashboardDir, 'index.html')));
  }
  app.use(errorHandler(services.log));
  return app;
}
