// Users, their roles per school, sessions and API tokens.
import type { Role } from '../generated/prisma/client.ts';
import type { Db } from './db.ts';

export const findUserByEmail = (db: Db, email: string) =>
  db.user.findUnique({ where: { email: email.trim().toLowerCase() } });

export const findUser = (db: Db, id: string) =>
  db.user.findUnique({ where: { id }, include: { memberships: { include: { school: true } } } });

export const membershipsOf = (db: Db, userId: string) =>
  db.membership.findMany({ where: { userId }, select: { schoolId: true, role: true } });

export function createUser(db: Db, user: { email: string; name: string; passwordHash: string }) {
  return db.user.create({ data: { ...user, email: user.email.trim().toLowerCase() } });
}

export function grantRole(db: Db, userId: string, schoolId: string, role: Role) {
  return db.membership.upsert({
    where: { userId_schoolId_role: { userId, schoolId, role } },
    create: { userId, schoolId, role },
    update: {},
  });
}

export const setPasswordHash = (db: Db, userId: string, passwordHash: string) =>
  db.user.update({ where: { id: userId }, data: { passwordHash } });

export const createSession = (db: Db, session: { id: string; userId: string; expiresAt: Date }) =>
  db.session.create({ data: session });

// Who is asking, with their roles: one query on every request.
const withMemberships = { user: { select: { memberships: { select: { schoolId: true, role: true } } } } };

export const findSession = (db: Db, id: string) =>
  db.session.findUnique({ where: { id }, include: withMemberships });

export const deleteSession = (db: Db, id: string) => db.session.deleteMany({ where: { id } });

export const findApiToken = (db: Db, tokenHash: string) =>
  db.apiToken.findUnique({ where: { tokenHash }, include: withMemberships });

export const peopleNamed = (db: Db, ids: string[]) =>
  db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true } });

export const schoolsNamed = (db: Db, ids: string[]) =>
  db.school.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });

/** Signs a person out everywhere; returns how many sessions ended. */
export async function deleteSessionsOf(db: Db, userId: string): Promise<number> {
  const { count } = await db.session.deleteMany({ where: { userId } });
  return count;
}

export const deleteExpiredSessions = (db: Db, userId: string, now: Date) =>
  db.session.deleteMany({ where: { userId, expiresAt: { lt: now } } });

export const createApiToken = (db: Db, token: { userId: string; name: string; tokenHash: string }) =>
  db.apiToken.create({ data: token });

export const apiTokensOf = (db: Db, userId: string) =>
  db.apiToken.findMany({ where: { userId }, orderBy: { createdAt: 'desc' } });

/** Revokes the person's own live token; returns whether one was revoked. */
export async function revokeApiToken(db: Db, userId: string, id: string): Promise<boolean> {
  const { count } = await db.apiToken.updateMany({
    where: { id, userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count === 1;
}
