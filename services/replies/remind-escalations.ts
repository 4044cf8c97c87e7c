// An escalation nobody has acknowledged in the school's time limit is not left to wait: the
// recipients are reminded and a second recipient is added (the DSL's goes to the headteacher
// as well, the headteacher's to the trust).
import type { Services } from '../context.ts';
import type { Escalation } from '../generated/prisma/client.ts';
import { appendAudit } from '../repositories/audit.ts';
import { inTransaction } from '../repositories/db.ts';
import { overdueEscalations, updateEscalation } from '../repositories/escalations.ts';
import { createNotices } from '../repositories/notices.ts';
import { emailsOfRoles } from '../repositories/school-people.ts';
import { escalationLink, noticeSubject } from './notice-texts.ts';
import { escalationRecipients } from './reply-rules.ts';

async function remind(services: Services, escalation: Escalation): Promise<string[]> {
  return inTransaction(services.db, async (tx) => {
    const second = escalationRecipients[escalation.route].second;
    const roles = [...new Set([...escalation.recipientRoles, ...second])];
    await updateEscalation(tx, escalation.id, { recipientRoles: roles, remindedAt: new Date() });
    await appendAudit(tx, {
      schoolId: escalation.schoolId,
      actorId: null,
      action: 'escalation.reminded',
      subjectType: 'escalation',
      subjectId: escalation.id,
      data: { addedRoles: second.filter((r) => !escalation.recipientRoles.includes(r)) },
    });
    const emails = await emailsOfRoles(tx, escalation.schoolId, roles);
    const to = [...new Set([...(escalation.recipientEmail ? [escalation.recipientEmail] : []), ...emails])];
    return createNotices(
      tx,
      to.map((toEmail) => ({
        schoolId: escalation.schoolId,
        kind: 'escalation_reminder',
        toEmail,
        subject: noticeSubject('escalation_reminder'),
        link: escalationLink(services.publicUrl, escalation.id),
      })),
    );
  });
}

export async function remindOverdueEscalations(services: Services, now = new Date()): Promise<number> {
  const overdue = await overdueEscalations(services.db, now);
  for (const escalation of overdue) {
    for (const noticeId of await remind(services, escalation))
      await services.queue.enqueue('notify', { noticeId });
  }
  return overdue.length;
}
