// Inviting a person to a school with a role (the headteacher's or trust admin's job, §3): an
// emailed single-use link; accepting it sets the password (or, for someone who already uses
// Gatepost at another school, proves it) and signs them in.
import type { Services } from '../context.ts';
import { type Actor, mayGiveRole, requirePermission, roleInWords, rolesAt } from '../domain/actor.ts';
import { AppError, forbidden, notFound } from '../domain/errors.ts';
import type { Role } from '../generated/prisma/client.ts';
import { appendAudit } from '../repositories/audit.ts';
import { inTransaction } from '../repositories/db.ts';
import { createUser, findUser, findUserByEmail, grantRole } from '../repositories/people.ts';
import { findSchool } from '../repositories/schools.ts';
import { issueEmailLink, requireGoodPassword, spendEmailLink } from './email-links.ts';
import { passwordProblems } from './password-rules.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { openSession } from './sessions.ts';

export interface Invitation {
  email: string;
  role: Role;
  schoolId: string;
}

export async function invite(services: Services, actor: Actor, invitation: Invitation) {
  const school = await findSchool(services.db, invitation.schoolId);
  if (!school || !rolesAt(actor, school.id).size) throw notFound('That school');
  requirePermission(actor, 'authoriseStaff', school.id);
  if (!mayGiveRole(actor, invitation.role, school.id))
    throw forbidden('Only a trust admin may invite another trust admin.');
  const email = invitation.email.trim().toLowerCase();
  const existing = await findUserByEmail(services.db, email);
  if (existing) {
    const held = (await findUser(services.db, existing.id))?.memberships ?? [];
    if (held.some((m) => m.schoolId === school.id && m.role === invitation.role))
      throw new AppError(
        'conflict',
        `${email} is already ${roleInWords(invitation.role)} at ${school.name}.`,
      );
  }
  const inviter = await findUser(services.db, actor.userId);
  const { secret, link } = await inTransaction(services.db, async (tx) => {
    const issued = await issueEmailLink(tx, {
      purpose: 'INVITATION',
      email,
      schoolId: school.id,
      role: invitation.role,
      createdById: actor.userId,
      ...(existing ? { userId: existing.id } : {}),
    });
    await appendAudit(tx, {
      schoolId: school.id,
      actorId: actor.userId,
      action: 'invitation.sent',
      subjectType: 'invitation',
      subjectId: issued.link.id,
      data: { email, role: invitation.role, expiresAt: issued.link.expiresAt.toISOString() },
    });
    return issued;
  });
  await services.mailer.send({
    id: `invitation-${link.id}`,
    to: email,
    schoolId: school.id,
    subject: `You are invited to Gatepost at ${school.name}`,
    text: [
      `${inviter?.name ?? 'Your headteacher'} has invited you to join ${school.name} on Gatepost as ${roleInWords(invitation.role)}.`,
      '',
      'Open this link to set your password and sign in. It works once, for 7 days:',
      `${services.publicUrl}/accept-invitation#token=${secret}`,
      '',
      'If you were not expecting this, you can ignore this email.',
    ].join('\n'),
  });
  return {
    id: link.id,
    email,
    role: invitation.role,
    schoolId: school.id,
    expiresAt: link.expiresAt.toISOString(),
    sentBy: services.mailer.kind,
  };
}

export interface Acceptance {
  token: string;
  password: string;
  name: string;
}

export async function acceptInvitation(services: Services, acceptance: Acceptance, ip: string) {
  return inTransaction(services.db, async (tx) => {
    const link = await spendEmailLink(tx, 'INVITATION', acceptance.token);
    let user = await findUserByEmail(tx, link.email);
    if (user) {
      // Someone already on Gatepost proves it is them rather than replacing their password.
      if (!(await verifyPassword(acceptance.password, user.passwordHash)))
        throw new AppError(
          'unauthenticated',
          'You already use Gatepost: enter your current password to accept.',
        );
    } else {
      requireGoodPassword(
        passwordProblems(acceptance.password, { email: link.email, name: acceptance.name }),
      );
      const passwordHash = await hashPassword(acceptance.password);
      user = await createUser(tx, { email: link.email, name: acceptance.name, passwordHash });
    }
    await grantRole(tx, user.id, link.schoolId!, link.role!);
    await appendAudit(tx, {
      schoolId: link.schoolId,
      actorId: user.id,
      action: 'invitation.accepted',
      subjectType: 'invitation',
      subjectId: link.id,
      data: { userId: user.id, role: link.role },
    });
    const session = await openSession(tx, services, user.id, { ip, via: 'invitation' });
    return { ...session, user };
  });
}
