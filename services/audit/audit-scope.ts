// Whose audit trail a person may read: their schools where they are headteacher or trust admin.
import { type Actor, schoolsWhere } from '../domain/actor.ts';
import { forbidden } from '../domain/errors.ts';

export function auditSchoolsOf(actor: Actor): string[] {
  const schoolIds = schoolsWhere(actor, 'seeAudit');
  if (!schoolIds.length) throw forbidden('Only the headteacher or a trust admin may read the audit trail.');
  return schoolIds;
}
