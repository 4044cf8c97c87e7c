// `gatepost <command>`: each command is loaded only when asked for, so `check-text` starts
// without pulling in the database, the queue or the image stack.
import type { CliCommand } from './command.ts';
import { UsageError } from './command.ts';

const commands: Record<string, () => Promise<{ command: CliCommand }>> = {
  start: () => import('./commands/start.ts'),
  migrate: () => import('./commands/migrate.ts'),
  'seed-demo': () => import('./commands/seed-demo.ts'),
  'check-text': () => import('./commands/check-text.ts'),
  'check-comments': () => import('./commands/check-comments.ts'),
  'scan-image': () => import('./commands/scan-image.ts'),
  consent: () => import('./commands/consent.ts'),
  audit: () => import('./commands/audit.ts'),
};

async function help(): Promise<string> {
  const lines = ['Usage: gatepost <command> [options]', '', 'Commands:'];
  for (const [name, load] of Object.entries(commands)) {
    const loaded = await load().catch(() => undefined);
    if (loaded) lines.push(`  ${loaded.command.usage.padEnd(52)} ${loaded.command.summary}`);
    else lines.push(`  ${name}`);
  }
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${await help()}\n`);
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    process.stderr.write(`gatepost: unknown command "${name}"\n\n${await help()}\n`);
    return 2;
  }
  const { command } = await load();
  if (rest.includes('--help')) {
    process.stdout.write(`Usage: gatepost ${command.usage}\n${command.summary}\n`);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`gatepost ${name}: ${error.message}\nUsage: gatepost ${command.usage}\n`);
      return 2;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`gatepost: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
