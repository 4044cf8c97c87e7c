// Appendix B inappropriate-content reports raised from replies, kept as policy forms.
import type { Prisma } from '../generated/prisma/client.ts';
import type { Db } from './db.ts';

export const createContentReport = (
  db: Db,
  report: { schoolId: string; requesterId: string; fields: Prisma.InputJsonObject },
) =>
  db.policyForm.create({
    data: {
      schoolId: report.schoolId,
      kind: 'CONTENT_REPORT',
      state: 'REQUESTED',
      requesterId: report.requesterId,
      fields: report.fields,
    },
  });
