// Sign-in sessions and personal API tokens. The browser or script holds a random secret;
// the database holds only its SHA-256, so a copy of the database opens nothing.
import { createHash, randomBytes } from 'node:crypto';
import type { Actor } from '../domain/actor.ts';
import { AppError } from '../domain/errors.ts';
import type { Db } from '../repositories/db.ts';
import {
  createSession,
  deleteSession,
  findApiToken,
  findSession,
  findUserByEmail,
  membershipsOf,
} from '../repositories/people.ts';
import { verifyPassword } from './passwords.ts';

const sha256 = (secret: string) => createHash('sha256').update(secret).digest('hex');
const newSecret = () => randomBytes(32).toString('base64url');

// Compared against when the email is unknown, so timing does not reveal which emails exist.
const decoyHash = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export async function signIn(db: Db, email: string, password: string, hours: number) {
  const user = await findUserByEmail(db, email);
  const ok = await verifyPassword(password, user?.passwordHash ?? decoyHash);
  if (!user || !ok) throw new AppError('unauthenticated', 'That email and password do not match an account.');
  const secret = newSecret();
  const expiresAt = new Date(Date.now() + hours * 3600_000);
  await createSession(db, { id: sha256(secret), userId: user.id, expiresAt });
  return { secret, expiresAt, user };
}

export const signOut = (db: Db, secret: string) => deleteSession(db, sha256(secret));

async function actorOf(db: Db, userId: string): Promise<Actor> {
  return { userId, memberships: await membershipsOf(db, userId) };
}

export async function actorFromSession(db: Db, secret: string): Promise<Actor | undefined> {
  const session = await findSession(db, sha256(secret));
  if (!session || session.expiresAt.getTime() < Date.now()) return undefined;
  return actorOf(db, session.userId);
}

export async function actorFromToken(db: Db, token: string): Promise<Actor | undefined> {
  const row = await findApiToken(db, sha256(token));
  if (!row || row.revokedAt) return undefined;
  return actorOf(db, row.userId);
}
