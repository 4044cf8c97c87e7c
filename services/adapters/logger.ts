// Structured logs on stderr (stdout belongs to CLI output). Secrets are redacted by path.
import { pino } from 'pino';

export type Logger = pino.Logger;

export function createLogger(level: string): Logger {
  return pino(
    {
      level,
      redact: {
        paths: [
          '*.password',
          '*.passwordHash',
          '*.credentials',
          '*.token',
          '*.accessToken',
          'req.headers.cookie',
        ],
        censor: '[redacted]',
      },
    },
    pino.destination(2),
  );
}
