// A route is declared once — method, path, who may call it, zod schemas of its input — and
// that one declaration drives Express, the OpenAPI document and the authorisation tests.
import type { Request, Response } from 'express';
import type { z } from 'zod';
import type { Services } from '../context.ts';
import type { Actor } from '../domain/actor.ts';

export interface RouteContext<B, Q> {
  services: Services;
  /** Undefined only on public routes. */
  actor: Actor;
  body: B;
  query: Q;
  params: Record<string, string>;
  req: Request;
  res: Response;
}

export interface Route<B = unknown, Q = unknown> {
  method: 'get' | 'post' | 'patch' | 'delete';
  path: string;
  summary: string;
  tag: string;
  /** public: no sign-in needed. */
  access: 'public' | 'signed-in';
  body?: z.ZodType<B>;
  query?: z.ZodType<Q>;
  response?: z.ZodType;
  /** The media type of a file the route sends itself (CSV, PDF), for the OpenAPI document. */
  produces?: string;
  /** Status on success (default 200). */
  status?: number;
  /** Express handles the response itself (SSE, files) when the handler returns undefined. */
  handler(context: RouteContext<B, Q>): Promise<unknown>;
}

/** Keeps each route's body/query types tied to its schemas. */
export const route = <B = undefined, Q = undefined>(definition: Route<B, Q>): Route => definition as Route;
