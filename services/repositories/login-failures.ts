// Failed sign-ins, kept only as long as the throttle window needs them.
import type { Db } from './db.ts';

export const recordLoginFailure = (db: Db, email: string, ip: string) =>
  db.loginFailure.create({ data: { email, ip } });

export async function recentLoginFailures(db: Db, email: string, ip: string, since: Date) {
  const [byEmail, byAddress] = await Promise.all([
    db.loginFailure.findMany({ where: { email, at: { gte: since } }, select: { at: true } }),
    db.loginFailure.findMany({ where: { ip, at: { gte: since } }, select: { at: true } }),
  ]);
  return { email: byEmail.map((f) => f.at), address: byAddress.map((f) => f.at) };
}

/** A successful sign-in forgives the email's failures; old rows of everyone are dropped too. */
export const forgetLoginFailures = (db: Db, email: string, before: Date) =>
  db.loginFailure.deleteMany({ where: { OR: [{ email }, { at: { lt: before } }] } });
