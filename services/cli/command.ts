// A CLI command: stdout carries only its JSON output; logs and progress go to stderr.
export interface CliCommand {
  /** One line for `gatepost --help`. */
  summary: string;
  usage: string;
  /** Resolves to the process exit code. */
  run(argv: string[]): Promise<number>;
}

/** Thrown for bad arguments: printed with the command's usage, exit code 2. */
export class UsageError extends Error {}
