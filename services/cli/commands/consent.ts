import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseRosterCsv } from '../../consent/roster-csv.ts';
import { appendAudit } from '../../repositories/audit.ts';
import { inTransaction } from '../../repositories/db.ts';
import { upsertPupils } from '../../repositories/pupils.ts';
import { type CliCommand, UsageError } from '../command.ts';
import { say, withDatabase } from '../runtime.ts';

export const command: CliCommand = {
  summary: 'Import the school roster and consents from an MIS CSV export',
  usage: 'consent import FILE --school ID',
  async run(argv) {
    const { positionals, values } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { school: { type: 'string' } },
    });
    const [verb, file] = positionals;
    if (verb !== 'import' || !file) throw new UsageError('give the CSV file to import');
    if (!values.school) throw new UsageError('--school ID is required');
    const schoolId = values.school;
    const parsed = parseRosterCsv(await readFile(file, 'utf8'));
    if (parsed.errors.length) {
      for (const e of parsed.errors) say(`${file}:${e.line}: ${e.message}`);
      say('Nothing was imported: fix the rows above and run it again.');
      return 1;
    }
    return withDatabase(async (db) => {
      const counts = await inTransaction(db.prisma, async (tx) => {
        const counts = await upsertPupils(tx, schoolId, parsed.pupils);
        await appendAudit(tx, {
          schoolId,
          actorId: null,
          action: 'consent.import',
          subjectType: 'school',
          subjectId: schoolId,
          data: { file, ...counts },
        });
        return counts;
      });
      process.stdout.write(`${JSON.stringify(counts)}\n`);
      return 0;
    });
  },
};
