// The development outbox as the dashboard shows it: when no SMTP server is configured, invitation
// and reset links land here instead of in an inbox. Each person sees mail addressed to them;
// headteachers and trust admins also see mail about their schools (e.g. invitations they sent).
import { readOutbox } from '../adapters/mail/mailer.ts';
import type { Services } from '../context.ts';
import { type Actor, schoolsWhere } from '../domain/actor.ts';
import { AppError, notFound } from '../domain/errors.ts';
import { findUser } from '../repositories/people.ts';

export async function outboxFor(services: Services, actor: Actor) {
  // With real email configured there is no outbox: links must only ever reach their inbox.
  if (services.mailer.kind !== 'outbox') throw notFound('The outbox (mail goes out by SMTP)');
  const me = await findUser(services.db, actor.userId);
  if (!me) throw new AppError('unauthenticated', 'Sign in again.');
  const schools = new Set(schoolsWhere(actor, 'seeAudit'));
  const mail = await readOutbox(services.config.dataDir);
  return mail.filter((m) => m.to.toLowerCase() === me.email || (m.schoolId && schools.has(m.schoolId)));
}
