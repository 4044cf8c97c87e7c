// Each school's terms of use: one row per version, never changed once written.
import { NO_TERMS, type TermsOfUse, type TermsRules } from '../../policies/terms/terms.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { Db } from './db.ts';

export interface TermsVersion extends TermsOfUse {
  createdById: string | null;
  createdAt: Date | null;
}

const asVersion = (row: {
  version: number;
  rules: Prisma.JsonValue;
  createdById: string;
  createdAt: Date;
}): TermsVersion => ({
  version: row.version,
  rules: row.rules as unknown as TermsRules,
  createdById: row.createdById,
  createdAt: row.createdAt,
});

/** The version in force; a school that has written none gets version 0, with no rules. */
export async function currentTerms(db: Db, schoolId: string): Promise<TermsVersion> {
  const row = await db.termsOfUse.findFirst({ where: { schoolId }, orderBy: { version: 'desc' } });
  return row ? asVersion(row) : { ...NO_TERMS, createdById: null, createdAt: null };
}

export async function termsHistory(db: Db, schoolId: string): Promise<TermsVersion[]> {
  const rows = await db.termsOfUse.findMany({ where: { schoolId }, orderBy: { version: 'desc' } });
  return rows.map(asVersion);
}

/** Writes the next version; two officers saving at once get consecutive versions. */
export async function addTermsVersion(
  tx: Db,
  schoolId: string,
  rules: TermsRules,
  createdById: string,
): Promise<TermsVersion> {
  await tx.$queryRaw`SELECT id FROM "School" WHERE id = ${schoolId} FOR UPDATE`;
  const { version } = await currentTerms(tx, schoolId);
  const row = await tx.termsOfUse.create({
    data: { schoolId, version: version + 1, rules: rules as unknown as Prisma.InputJsonValue, createdById },
  });
  return asVersion(row);
}
