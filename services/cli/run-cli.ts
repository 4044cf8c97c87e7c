// Runs one `gatepost` command from a table of lazily loaded commands: help, usage errors (exit 2)
// and failures (exit 1) are handled here, so every way of starting the CLI behaves the same.
import type { CliCommand } from './command.ts';
import { UsageError } from './command.ts';

export type CommandTable = Record<string, () => Promise<{ command: CliCommand }>>;

async function help(commands: CommandTable): Promise<string> {
  const lines = ['Usage: gatepost <command> [options]', '', 'Commands:'];
  for (const [name, load] of Object.entries(commands)) {
    const loaded = await load().catch(() => undefined);
    if (loaded) lines.push(`  ${loaded.command.usage.padEnd(52)} ${loaded.command.summary}`);
    else lines.push(`  ${name}`);
  }
  return lines.join('\n');
}

async function main(commands: CommandTable, argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${await help(commands)}\n`);
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    process.stderr.write(`gatepost: unknown command "${name}"\n\n${await help(commands)}\n`);
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

/** Runs the command named in `argv` and exits with its code. */
export function runCli(commands: CommandTable, argv: string[]): void {
  main(commands, argv).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`gatepost: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
