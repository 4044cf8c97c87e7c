// `gatepost <command>`: each command is loaded only when asked for, so `check-text` starts
// without pulling in the database, the queue or the image stack.
import { type CommandTable, runCli } from './run-cli.ts';

const commands: CommandTable = {
  start: () => import('./commands/start.ts'),
  migrate: () => import('./commands/migrate.ts'),
  'seed-demo': () => import('./commands/seed-demo.ts'),
  'check-text': () => import('./commands/check-text.ts'),
  'check-comments': () => import('./commands/check-comments.ts'),
  'scan-image': () => import('./commands/scan-image.ts'),
  consent: () => import('./commands/consent.ts'),
  audit: () => import('./commands/audit.ts'),
};

runCli(commands, process.argv.slice(2));
