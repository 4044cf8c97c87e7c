import { z } from 'zod';
import { schoolsWhere } from '../../domain/actor.ts';
import { forbidden } from '../../domain/errors.ts';
import { listAudit } from '../../repositories/audit.ts';
import { route } from '../route.ts';

const auditQuery = z.strictObject({
  subjectId: z.string().optional(),
  action: z.string().optional(),
  from: z.iso
    .datetime({ offset: true })
    .transform((v) => new Date(v))
    .optional(),
  to: z.iso
    .datetime({ offset: true })
    .transform((v) => new Date(v))
    .optional(),
  limit: z.coerce.number().int().min(1).max(5000).optional(),
});

export const auditRoutes = [
  route({
    method: 'get',
    path: '/api/audit',
    summary: 'Audit events of the schools the caller oversees (headteacher, trust admin)',
    tag: 'audit',
    access: 'signed-in',
    query: auditQuery,
    async handler({ services, actor, query }) {
      const schoolIds = schoolsWhere(actor, 'seeAudit');
      if (!schoolIds.length)
        throw forbidden('Only the headteacher or a trust admin may read the audit trail.');
      const events = await listAudit(services.db, { ...query, schoolIds });
      return events.map((e) => ({ ...e, seq: e.seq.toString(), at: e.at.toISOString() }));
    },
  }),
];
