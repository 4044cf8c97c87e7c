import type { CliCommand } from '../command.ts';
import { say, withDatabase } from '../runtime.ts';

export const command: CliCommand = {
  summary: 'Apply pending database migrations (offline; also run by npm start)',
  usage: 'migrate',
  run: () =>
    withDatabase(async (db) => {
      const applied = await db.migrate();
      say(applied.length ? `Applied ${applied.join(', ')}` : 'The database is up to date.');
      process.stdout.write(`${JSON.stringify({ applied })}\n`);
      return 0;
    }),
};
