// One error type for everything a user can be told: a stable code, an HTTP status from a
// single map, and a message a teacher understands. Anything else is a 500 with no detail.
export const errorStatus = {
  bad_request: 400,
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  invalid_state: 409,
  stale_content: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  too_many_requests: 429,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} was not found.`);
export const forbidden = (why: string) => new AppError('forbidden', why);
