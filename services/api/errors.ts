// Every error leaves as {"error":{"code","message"}} with a fitting status; never a stack trace.
import type { NextFunction, Request, Response } from 'express';
import { z } from 'zod';
import type { Logger } from '../adapters/logger.ts';
import { AppError } from '../domain/errors.ts';

function describeZod(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
      if (issue.code === 'unrecognized_keys') return `${where}unknown field(s) ${issue.keys.join(', ')}`;
      return `${where}${issue.message}`;
    })
    .join('; ');
}

/** Maps body-parser's errors (bad JSON, too large) and ours to the one error shape. */
export const NUL_MESSAGE = 'Text must not contain the NUL character (\\u0000).';

export function toAppError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  if (error instanceof z.ZodError) return new AppError('validation_failed', describeZod(error));
  const http = error as { type?: string; status?: number };
  if (http.type === 'entity.nul') return new AppError('validation_failed', NUL_MESSAGE);
  if (http.type === 'entity.parse.failed')
    return new AppError('bad_request', 'The request body is not valid JSON.');
  if (http.type === 'entity.too.large')
    return new AppError('payload_too_large', 'The request body is too large.');
  if (http.type === 'charset.unsupported' || http.type === 'encoding.unsupported') {
    return new AppError('unsupported_media_type', 'Send the request body as UTF-8 JSON.');
  }
  if (http.status && http.status >= 400 && http.status < 500)
    return new AppError('bad_request', 'Bad request.');
  return undefined;
}

export function errorHandler(log: Logger) {
  return (error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const known = toAppError(error);
    if (known) {
      // Details (e.g. every bad row of an import) let the caller fix everything at once.
      const details = known.details === undefined ? {} : { details: known.details };
      res.status(known.status).json({ error: { code: known.code, message: known.message, ...details } });
      return;
    }
    log.error({ err: error, method: req.method, path: req.path }, 'unhandled error');
    res.status(500).json({
      error: { code: 'internal', message: 'Something went wrong on our side; it has been logged.' },
    });
  };
}
