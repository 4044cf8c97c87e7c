// The governors' CSV export. Exporting is itself recorded: who took which part of the trail.
import type { Services } from '../context.ts';
import type { Actor } from '../domain/actor.ts';
import { type AuditFilter, appendAudit, listAudit } from '../repositories/audit.ts';
import { inTransaction } from '../repositories/db.ts';
import { peopleNamed, schoolsNamed } from '../repositories/people.ts';
import { auditCsv } from './audit-csv.ts';
import { auditSchoolsOf } from './audit-scope.ts';

export async function exportAuditCsv(
  services: Services,
  actor: Actor,
  filter: Omit<AuditFilter, 'schoolIds'>,
) {
  const schoolIds = auditSchoolsOf(actor);
  const events = await listAudit(services.db, { ...filter, schoolIds, limit: filter.limit ?? 5000 });
  const actorIds = [...new Set(events.flatMap((e) => (e.actorId ? [e.actorId] : [])))];
  const [people, schools] = await Promise.all([
    peopleNamed(services.db, actorIds),
    schoolsNamed(services.db, schoolIds),
  ]);
  await inTransaction(services.db, async (tx) => {
    for (const schoolId of schoolIds) {
      await appendAudit(tx, {
        schoolId,
        actorId: actor.userId,
        action: 'audit.export',
        subjectType: 'school',
        subjectId: schoolId,
        data: {
          format: 'csv',
          events: events.filter((e) => e.schoolId === schoolId).length,
          filter: { ...filter, from: filter.from?.toISOString(), to: filter.to?.toISOString() },
        },
      });
    }
  });
  return auditCsv(events, {
    people: new Map(people.map((p) => [p.id, { name: p.name, email: p.email }])),
    schools: new Map(schools.map((s) => [s.id, s.name])),
  });
}
