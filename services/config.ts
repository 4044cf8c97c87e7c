// The environment, parsed once at start. Every problem is listed at once with what to set,
// and the defaults let `npm start` run alone on a fresh machine.
import path from 'node:path';
import { z } from 'zod';

const optionalUrl = (what: string) =>
  z
    .string()
    .trim()
    .transform((v) => (v === '' ? undefined : v))
    .pipe(z.url({ message: `must be a URL, e.g. ${what}` }).optional())
    .optional();

export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: optionalUrl('postgresql://postgres@127.0.0.1:5432/gatepost'),
  REDIS_URL: optionalUrl('redis://127.0.0.1:6379'),
  GATEPOST_DATA_DIR: z.string().min(1).default('./data'),
  ROLE: z.enum(['all', 'api', 'worker']).default('all'),
  GATEPOST_SECRET_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=$/, 'must be 32 random bytes in base64 (openssl rand -base64 32)')
    .optional(),
  /** The origin browsers use to reach the dashboard; state-changing requests must come from it. */
  GATEPOST_PUBLIC_URL: optionalUrl('https://gatepost.example-school.sch.uk'),
  /** Prefix of every BullMQ key; tests and co-hosted installs keep apart by it. */
  GATEPOST_QUEUE_PREFIX: z.string().min(1).default('gatepost'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** How often the sweep re-enqueues due work whose job is missing. */
  GATEPOST_SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).default(15_000),
  /** Days a photo's original upload is kept after its draft was published or withdrawn. */
  GATEPOST_MEDIA_RETENTION_DAYS: z.coerce.number().min(0).default(30),
  GATEPOST_SESSION_HOURS: z.coerce.number().positive().default(12),
  /** Failed sign-ins allowed per email, and per network address, within the window before a lockout. */
  GATEPOST_LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  GATEPOST_LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(30),
  GATEPOST_LOGIN_WINDOW_MINUTES: z.coerce.number().positive().default(15),
  /** Outgoing mail (invitations, password resets, notices); unset → written to the outbox in the data dir. */
  GATEPOST_SMTP_URL: optionalUrl('smtps://user:password@smtp.example-school.sch.uk:465'),
  GATEPOST_MAIL_FROM: z.string().trim().min(3).default('Gatepost <no-reply@gatepost.invalid>'),
  /** The X app (developer portal) that school accounts connect through with OAuth 2.0. */
  GATEPOST_X_CLIENT_ID: z.string().min(1).optional(),
  GATEPOST_X_CLIENT_SECRET: z.string().min(1).optional(),
  /**
   * Sign-in with the school's Microsoft 365 or Google Workspace (OpenID Connect); all three or none.
   * Only people already in Gatepost may sign in this way: accounts are still made by invitation.
   */
  GATEPOST_OIDC_ISSUER: optionalUrl('https://login.microsoftonline.com/<tenant-id>/v2.0'),
  GATEPOST_OIDC_CLIENT_ID: z.string().trim().min(1).optional(),
  GATEPOST_OIDC_CLIENT_SECRET: z.string().trim().min(1).optional(),
  /** What the sign-in button names, e.g. "Microsoft 365". */
  GATEPOST_OIDC_LABEL: z.string().trim().min(1).default('your school account'),
  /** Graph API root for Facebook Pages and Instagram; tests point it at the fake Graph API. */
  GATEPOST_GRAPH_BASE_URL: z.url().default('https://graph.facebook.com/v21.0'),
  /** Tests only: "host:port" that api.x.com connections are sent to (TLS still checked as api.x.com). */
  GATEPOST_X_CONNECT_TO: z
    .string()
    .regex(/^[\w.-]+:\d+$/, 'must be host:port')
    .optional(),
  /** Tests only: a PEM file of an extra certificate authority trusted for X's hosts. */
  GATEPOST_X_CA_FILE: z.string().min(1).optional(),
});

const oidcKeys = ['GATEPOST_OIDC_ISSUER', 'GATEPOST_OIDC_CLIENT_ID', 'GATEPOST_OIDC_CLIENT_SECRET'] as const;

// Half an OIDC setup would fail only when someone first tries to sign in; refuse it at start.
function oidcAllOrNone(config: z.infer<typeof configSchema>, context: z.RefinementCtx) {
  const missing = oidcKeys.filter((key) => !config[key]);
  if (missing.length === 0 || missing.length === oidcKeys.length) return;
  for (const key of missing) {
    context.addIssue({ code: 'custom', path: [key], message: 'set all three GATEPOST_OIDC_* keys, or none' });
  }
}

export type Config = z.infer<typeof configSchema> & { dataDir: string };

export class ConfigError extends Error {}

export function parseConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = configSchema.superRefine(oidcAllOrNone).safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Gatepost cannot start; fix these settings:\n${lines.join('\n')}`);
  }
  return { ...result.data, dataDir: path.resolve(result.data.GATEPOST_DATA_DIR) };
}
