// An escalation nobody has acknowledged in the school's time limit is not left to wait: the
// recipients are reminded and a second recipient is added (the DSL's goes to the headteacher
// as well, the headteacher's to the trust). All those due are reminded in one transaction, with
// one email per recipient and school.
import type { Services } from '../context.ts';
import type { Role } from '../generated/prisma/client.ts';
import { appendAudit } from '../repositories/audit.ts';
import { inTransaction } from '../repositories/db.ts';
import { markReminded, overdueEscalations } from '../repositories/escalations.ts';
import { createNotices } from '../repositories/notices.ts';
import { emailsOfRoles } from '../repositories/school-people.ts';
import { noticePerRecipient, type Send } from './notice-per-recipient.ts';
import { escalationLink, escalationsLink } from './notice-texts.ts';
import { escalationRecipients } from './reply-rules.ts';

export async function remindOverdueEscalations(services: Services, now = new Date()): Promise<number> {
  const overdue = await overdueEscalations(services.db, now);
  if (!overdue.length) return 0;
  const widened = overdue.map((escalation) => {
    const second = escalationRecipients[escalation.route].second;
    const roles = [...new Set([...escalation.recipientRoles, ...second])];
    return { escalation, roles, added: second.filter((r) => !escalation.recipientRoles.includes(r)) };
  });
  const { reminded, noticeIds } = await inTransaction(services.db, async (tx) => {
    const changed = await markReminded(
      tx,
      widened.map((w) => ({ id: w.escalation.id, recipientRoles: w.roles })),
    );
    const emails = new Map<string, Promise<string[]>>();
    const emailsOf = (schoolId: string, roles: Role[]) => {
      const key = `${schoolId} ${roles.join(',')}`;
      if (!emails.has(key)) emails.set(key, emailsOfRoles(tx, schoolId, roles));
      return emails.get(key)!;
    };
    const sends = new Map<string, Send[]>();
    for (const { escalation, roles, added } of widened.filter((w) => changed.has(w.escalation.id))) {
      await appendAudit(tx, {
        schoolId: escalation.schoolId,
        actorId: null,
        action: 'escalation.reminded',
        subjectType: 'escalation',
        subjectId: escalation.id,
        data: { addedRoles: added },
      });
      const to = [
        ...(escalation.recipientEmail ? [escalation.recipientEmail] : []),
        ...(await emailsOf(escalation.schoolId, roles)),
      ];
      const link = escalationLink(services.publicUrl, escalation.id);
      const school = sends.get(escalation.schoolId) ?? [];
      for (const email of new Set(to)) school.push({ to: email, link });
      sends.set(escalation.schoolId, school);
    }
    const notices = [...sends].flatMap(([schoolId, schoolSends]) =>
      noticePerRecipient(schoolId, 'escalation_reminder', schoolSends, escalationsLink(services.publicUrl)),
    );
    return { reminded: changed.size, noticeIds: await createNotices(tx, notices) };
  });
  await Promise.all(noticeIds.map((noticeId) => services.queue.enqueue('notify', { noticeId })));
  return reminded;
}
