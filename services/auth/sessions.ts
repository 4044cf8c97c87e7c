// Sign-in sessions and personal API tokens. The browser or script holds a random secret;
// the database holds only its SHA-256, so a copy of the database opens nothing.
import { createHash, randomBytes } from 'node:crypto';
import type { Services } from '../context.ts';
import type { Actor } from '../domain/actor.ts';
import { AppError } from '../domain/errors.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { appendAudit } from '../repositories/audit.ts';
import { type Db, inTransaction } from '../repositories/db.ts';
import {
  forgetLoginFailures,
  recentLoginFailures,
  recordLoginFailure,
} from '../repositories/login-failures.ts';
import {
  createSession,
  deleteExpiredSessions,
  deleteSession,
  deleteSessionsOf,
  findApiToken,
  findSession,
  findUserByEmail,
  membershipsOf,
} from '../repositories/people.ts';
import { lockoutMessage, throttle } from './login-throttle.ts';
import { verifyPassword } from './passwords.ts';

export const sha256 = (secret: string) => createHash('sha256').update(secret).digest('hex');
export const newSecret = () => randomBytes(32).toString('base64url');

// Compared against when the email is unknown, so timing does not reveal which emails exist.
const decoyHash = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export interface SignInAttempt {
  email: string;
  password: string;
  /** The network address the attempt came from, for per-address throttling. */
  ip: string;
}

/** Records an event for each school the person belongs to, so each head sees their own people. */
export async function auditPerson(
  tx: Prisma.TransactionClient,
  userId: string,
  actorId: string | null,
  action: string,
  data: Record<string, unknown> = {},
) {
  const schools = [...new Set((await membershipsOf(tx, userId)).map((m) => m.schoolId))];
  for (const schoolId of schools.length ? schools : [null]) {
    await appendAudit(tx, { schoolId, actorId, action, subjectType: 'user', subjectId: userId, data });
  }
}

export async function signIn(services: Services, attempt: SignInAttempt) {
  const { config, db } = services;
  const email = attempt.email.trim().toLowerCase();
  const now = new Date();
  const windowMs = config.GATEPOST_LOGIN_WINDOW_MINUTES * 60_000;
  const limits = {
    perEmail: config.GATEPOST_LOGIN_MAX_FAILURES,
    perAddress: config.GATEPOST_LOGIN_MAX_FAILURES_PER_ADDRESS,
    windowMs,
  };
  const since = new Date(now.getTime() - windowMs);
  const decision = throttle(await recentLoginFailures(db, email, attempt.ip, since), limits, now);
  if (decision.locked) {
    throw new AppError('too_many_requests', lockoutMessage(decision, now), {
      retryAfterSeconds: Math.ceil((decision.until.getTime() - now.getTime()) / 1000),
    });
  }
  const user = await findUserByEmail(db, email);
  const ok = await verifyPassword(attempt.password, user?.passwordHash ?? decoyHash);
  if (!user || !ok) {
    await recordLoginFailure(db, email, attempt.ip);
    throw new AppError('unauthenticated', 'That email and password do not match an account.');
  }
  const session = await inTransaction(db, async (tx) => {
    await forgetLoginFailures(tx, email, since);
    return openSession(tx, services, user.id, { ip: attempt.ip });
  });
  return { ...session, user };
}

/** Starts a session for a person already proven (password, invitation link); audited as a sign-in. */
export async function openSession(
  tx: Prisma.TransactionClient,
  services: Services,
  userId: string,
  data: Record<string, unknown>,
) {
  const now = new Date();
  const secret = newSecret();
  const expiresAt = new Date(now.getTime() + services.config.GATEPOST_SESSION_HOURS * 3600_000);
  await deleteExpiredSessions(tx, userId, now);
  await createSession(tx, { id: sha256(secret), userId, expiresAt });
  await auditPerson(tx, userId, userId, 'session.sign-in', data);
  return { secret, expiresAt };
}

/** Ends every session of the person (a lost laptop, a shared computer). */
export async function signOutEverywhere(services: Services, actor: Actor) {
  return inTransaction(services.db, async (tx) => {
    const ended = await deleteSessionsOf(tx, actor.userId);
    await auditPerson(tx, actor.userId, actor.userId, 'session.sign-out-everywhere', { ended });
    return ended;
  });
}

export const signOut = (db: Db, secret: string) => deleteSession(db, sha256(secret));

export async function actorFromSession(db: Db, secret: string): Promise<Actor | undefined> {
  const session = await findSession(db, sha256(secret));
  if (!session || session.expiresAt.getTime() < Date.now()) return undefined;
  return { userId: session.userId, memberships: session.user.memberships };
}

export async function actorFromToken(db: Db, token: string): Promise<Actor | undefined> {
  const row = await findApiToken(db, sha256(token));
  if (!row || row.revokedAt) return undefined;
  return { userId: row.userId, memberships: row.user.memberships };
}
