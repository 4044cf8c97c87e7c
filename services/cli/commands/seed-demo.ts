import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseRosterCsv } from '../../consent/roster-csv.ts';
import { randomPassword, seedDemo } from '../../demo/seed-demo.ts';
import { type CliCommand, UsageError } from '../command.ts';
import { say, withDatabase } from '../runtime.ts';

export const command: CliCommand = {
  summary: 'Create the demo trust, school, sandbox account, one user per role and a roster',
  usage: 'seed-demo [--password P] [--roster FILE]',
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: { password: { type: 'string' }, roster: { type: 'string' } },
    });
    if (values.password !== undefined && values.password.length < 8) {
      throw new UsageError('--password must be at least 8 characters');
    }
    let roster: Awaited<ReturnType<typeof parseRosterCsv>>['pupils'] | undefined;
    if (values.roster) {
      const parsed = parseRosterCsv(await readFile(values.roster, 'utf8'));
      if (parsed.errors.length) {
        for (const e of parsed.errors) say(`${values.roster}:${e.line}: ${e.message}`);
        return 1;
      }
      roster = parsed.pupils;
    }
    const password = values.password ?? randomPassword();
    return withDatabase(async (db) => {
      await db.migrate();
      const seeded = await seedDemo(db.prisma, { password, ...(roster ? { roster } : {}) });
      say(
        `Demo users (password: ${values.password ? 'as given' : password}):\n  ${seeded.users.join('\n  ')}`,
      );
      process.stdout.write(`${JSON.stringify(seeded)}\n`);
      return 0;
    });
  },
};
