// Which replies, abuse log entries and escalations a person may see. Replies and the abuse log
// belong to the officer and the headteacher; an escalation only to the roles it was sent to.
import { type Actor, requirePermission, rolesAt, schoolsOf, schoolsWhere } from '../domain/actor.ts';
import { forbidden, notFound } from '../domain/errors.ts';
import type { Escalation } from '../generated/prisma/client.ts';
import { findAccount } from '../repositories/accounts.ts';
import type { Db } from '../repositories/db.ts';
import { findEscalation } from '../repositories/escalations.ts';
import { findReply } from '../repositories/replies.ts';

/** The schools whose replies the actor may list, narrowed to one account when asked. */
export async function replySchools(db: Db, actor: Actor, accountId?: string): Promise<string[]> {
  const schools = schoolsWhere(actor, 'seeReplies');
  if (!schools.length) throw forbidden('Replies are moderated by the marketing officer and the headteacher.');
  if (!accountId) return schools;
  const account = await findAccount(db, accountId);
  if (!account || !schoolsOf(actor).includes(account.schoolId)) throw notFound('That account');
  requirePermission(actor, 'seeReplies', account.schoolId);
  return [account.schoolId];
}

export async function replyFor(
  db: Db,
  actor: Actor,
  id: string,
  permission: 'seeReplies' | 'moderateReplies',
) {
  const reply = await findReply(db, id);
  if (!reply || !schoolsOf(actor).includes(reply.schoolId)) throw notFound('That reply');
  requirePermission(actor, permission, reply.schoolId);
  return reply;
}

export const canSeeEscalation = (actor: Actor, escalation: Escalation) => {
  const held = rolesAt(actor, escalation.schoolId);
  return escalation.recipientRoles.some((role) => held.has(role));
};

/** Anyone else is told it does not exist: even that a concern was raised is the recipients' business. */
export async function escalationFor(db: Db, actor: Actor, id: string) {
  const escalation = await findEscalation(db, id);
  if (!escalation || !canSeeEscalation(actor, escalation)) throw notFound('That escalation');
  return escalation;
}

/** The roles the actor holds per school, for listing the escalations sent to them. */
export function heldRoles(actor: Actor) {
  const held = schoolsOf(actor).map((schoolId) => ({ schoolId, roles: [...rolesAt(actor, schoolId)] }));
  const recipients = held.filter((h) =>
    h.roles.some((r) => r === 'DSL' || r === 'HEADTEACHER' || r === 'TRUST_ADMIN'),
  );
  if (!recipients.length) throw forbidden('Escalations go to the DSL, the headteacher and the trust.');
  return recipients;
}
