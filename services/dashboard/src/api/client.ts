// The dashboard's one door to the API. Every answer is parsed with the API's own zod schema,
// so a shape changes in one place (services/api/schemas.ts) and both sides follow.
import type { z } from 'zod';
import { errorSchema } from '../../../api/schemas.ts';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

let onSignedOut: () => void = () => undefined;
/** The app shows the sign-in screen when any call finds the session gone. */
export const whenSignedOut = (callback: () => void) => {
  onSignedOut = callback;
};

export async function api<S extends z.ZodType>(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  schema: S | null,
  body?: unknown,
  signal?: AbortSignal,
): Promise<z.output<S>> {
  const res = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    ...(signal ? { signal } : {}),
  });
  if (res.status === 204) return undefined as z.output<S>;
  const json: unknown = await res.json().catch(() => undefined);
  if (!res.ok) {
    const parsed = errorSchema.safeParse(json);
    const error = parsed.success
      ? new ApiError(res.status, parsed.data.error.code, parsed.data.error.message)
      : new ApiError(res.status, 'unexpected', 'Gatepost did not answer as expected. Try again in a moment.');
    if (res.status === 401 && path !== '/api/session') onSignedOut();
    throw error;
  }
  return (schema ? schema.parse(json) : json) as z.output<S>;
}

export const messageOf = (error: unknown): string =>
  error instanceof ApiError ? error.message : 'Something went wrong. Check your connection and try again.';
