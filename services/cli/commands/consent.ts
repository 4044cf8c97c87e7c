// `gatepost consent import FILE [--school ID] [--dry-run]`: the same import as the API, for
// scripts and the office's scheduled MIS export. Prints the diff as JSON on stdout.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bootstrap } from '../../bootstrap.ts';
import { parseConfig } from '../../config.ts';
import { importConsent } from '../../consent/import-consent.ts';
import { AppError } from '../../domain/errors.ts';
import { findSchool, someSchoolIds } from '../../repositories/schools.ts';
import { type CliCommand, UsageError } from '../command.ts';
import { say } from '../runtime.ts';

export const command: CliCommand = {
  summary: 'Import the school roster and consents from an MIS CSV export (--dry-run shows the diff)',
  usage: 'consent import FILE [--school ID] [--dry-run]',
  async run(argv) {
    const { positionals, values } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { school: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } },
    });
    const [verb, file] = positionals;
    if (verb !== 'import' || !file) throw new UsageError('give the CSV file to import');
    const csv = await readFile(file, 'utf8');
    const runtime = await bootstrap(parseConfig());
    try {
      const { services } = runtime;
      const schools = await someSchoolIds(services.db, 2);
      // One school (the usual single-school install) needs no --school.
      const schoolId = values.school ?? (schools.length === 1 ? schools[0] : undefined);
      if (!schoolId) throw new UsageError('--school ID is required when there is more than one school');
      if (!(await findSchool(services.db, schoolId))) throw new UsageError(`there is no school ${schoolId}`);
      const result = await importConsent(services, {
        schoolId,
        csv,
        actorId: null,
        dryRun: values['dry-run'],
        source: `MIS import (${path.basename(file)})`,
      });
      process.stdout.write(`${JSON.stringify(result)}\n`);
      return 0;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const rows = (error.details as { rows?: { line: number; message: string }[] } | undefined)?.rows ?? [];
      for (const row of rows) say(`${file}:${row.line}: ${row.message}`);
      say(rows.length ? 'Nothing was imported: fix the rows above and run it again.' : error.message);
      return 1;
    } finally {
      await runtime.close();
    }
  },
};
