import { z } from 'zod';
import { auditSchoolsOf } from '../../audit/audit-scope.ts';
import { exportAuditCsv } from '../../audit/export-audit.ts';
import { listAudit } from '../../repositories/audit.ts';
import { route } from '../route.ts';
import { auditEventSchema } from '../schemas.ts';

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
    response: auditEventSchema.array(),
    async handler({ services, actor, query }) {
      const events = await listAudit(services.db, { ...query, schoolIds: auditSchoolsOf(actor) });
      return events.map((e) => ({ ...e, seq: e.seq.toString(), at: e.at.toISOString() }));
    },
  }),
  route({
    method: 'get',
    path: '/api/audit.csv',
    summary: 'The same events as a CSV file for governors (formula cells neutralised); the export is audited',
    tag: 'audit',
    access: 'signed-in',
    query: auditQuery,
    async handler({ services, actor, query, res }) {
      const csv = await exportAuditCsv(services, actor, query);
      const day = new Date().toISOString().slice(0, 10);
      res.status(200).type('text/csv; charset=utf-8').attachment(`gatepost-audit-${day}.csv`).send(csv);
      return undefined;
    },
  }),
];
