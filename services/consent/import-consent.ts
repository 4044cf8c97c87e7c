// Importing the school's consent file (API and CLI): a dry run shows the diff; applying it is
// one transaction, and a file with any bad row changes nothing and names every bad row.
import { forgetTextChecker } from '../checks/school-checker.ts';
import type { Services } from '../context.ts';
import { AppError } from '../domain/errors.ts';
import { appendAudit } from '../repositories/audit.ts';
import { knownPeople, lockSchoolConsent } from '../repositories/consent.ts';
import { inTransaction } from '../repositories/db.ts';
import { parseConsentCsv } from './consent-csv.ts';
import { announceConsentEffects } from './consent-loss.ts';
import { type ImportDiff, planImport } from './import-plan.ts';
import { recordConsent } from './record-consent.ts';

export interface ImportRequest {
  schoolId: string;
  csv: string;
  actorId: string | null;
  dryRun: boolean;
  /** Where the records came from, e.g. "MIS import (roster.csv)". */
  source: string;
}

export interface ImportResult extends ImportDiff {
  dryRun: boolean;
  /** Drafts sent back to checks and published posts awaiting takedown, because consent was lost. */
  held: string[];
  takedownRequested: string[];
}

const MAX_REPORTED = 500;

export async function importConsent(services: Services, request: ImportRequest): Promise<ImportResult> {
  const { schoolId } = request;
  const file = parseConsentCsv(request.csv);
  if (file.errors.length) {
    const first = file.errors.slice(0, 3).map((e) => `line ${e.line}: ${e.message}`);
    throw new AppError(
      'validation_failed',
      `Nothing was imported: ${file.errors.length} row(s) need fixing (${first.join('; ')}${file.errors.length > 3 ? '; …' : ''}).`,
      { rows: file.errors.slice(0, MAX_REPORTED) },
    );
  }
  const now = new Date();
  if (request.dryRun) {
    const plan = planImport(file, await knownPeople(services.db, schoolId), now);
    return { dryRun: true, ...plan.diff, held: [], takedownRequested: [] };
  }
  const { diff, effects, touched } = await inTransaction(services.db, async (tx) => {
    await lockSchoolConsent(tx, schoolId);
    const plan = planImport(file, await knownPeople(tx, schoolId), now);
    const by = {
      schoolId,
      actorId: request.actorId,
      source: request.source,
      now,
      reason: 'consent changed by an import',
    };
    const effects = await recordConsent(tx, plan.people, by);
    if (plan.people.length) {
      const { added, changed, withdrawn, leavers, unchanged } = plan.diff;
      await appendAudit(tx, {
        schoolId,
        actorId: request.actorId,
        action: 'consent.import',
        subjectType: 'school',
        subjectId: schoolId,
        data: {
          source: request.source,
          added: added.length,
          changed: changed.length,
          withdrawn: withdrawn.length,
          leavers: leavers.length,
          unchanged,
          held: effects.held.map((d) => d.id),
          takedownRequested: effects.takedownRequested,
        },
      });
    }
    return { diff: plan.diff, effects, touched: plan.people.length };
  });
  if (touched) forgetTextChecker(schoolId);
  await announceConsentEffects(services, effects);
  return {
    dryRun: false,
    ...diff,
    held: effects.held.map((d) => d.id),
    takedownRequested: effects.takedownRequested,
  };
}
