import type { ParsedOptions } from './args.ts';
import { parseCommandLine } from './args.ts';
import { type CliIo, UserError } from './cli-io.ts';
import { HELP } from './help.ts';

type Command = (io: CliIo, positionals: string[], options: ParsedOptions) => Promise<void>;

// Loaded on demand, so `ripple help` starts without the engine, the schema or the graph parsers.
const COMMANDS: Record<string, () => Promise<Command>> = {
  run: async () => (await import('./commands/run.ts')).runCommand,
  sweep: async () => (await import('./commands/sweep.ts')).sweepCommand,
  merge: async () => (await import('./commands/merge.ts')).mergeCommand,
  compare: async () => (await import('./commands/compare.ts')).compareCommand,
  graph: async () => (await import('./commands/graph.ts')).graphCommand,
  validate: async () => (await import('./commands/validate.ts')).validateCommand,
};

/** Runs one `ripple` command and returns its exit code; never throws. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    const { positionals, options } = parseCommandLine(argv);
    const [name, ...rest] = positionals;
    if (!name || name === 'help' || options.help) {
      io.stdout(HELP);
      return name && name !== 'help' && !Object.hasOwn(COMMANDS, name) ? 2 : 0;
    }
    if (!Object.hasOwn(COMMANDS, name))
      throw new UserError(
        `"${name}" is not a ripple command. The commands are: ${Object.keys(COMMANDS).join(', ')}.`,
      );
    const command = await COMMANDS[name]();
    await command(io, rest, options);
    return 0;
  } catch (error) {
    return reportError(io, error);
  }
}

function reportError(io: CliIo, error: unknown): number {
  if (error instanceof Error && error.name === 'AbortError') {
    io.stderr('\nStopped by Ctrl-C; no results were written.\n');
    return 130;
  }
  if (error instanceof UserError) {
    io.stderr(`ripple: ${error.message}\n`);
    return error.exitCode;
  }
  // Errors from the model layers (bad generator options, graph file format, seeding) are
  // about the input too: say them plainly; keep the stack for real bugs.
  if (
    error instanceof Error &&
    [
      'RangeError',
      'GraphFormatError',
      'GraphExportError',
      'SeedingError',
      'ParameterError',
    ].includes(error.name)
  ) {
    const where = 'path' in error ? ` (at ${String(error.path)})` : '';
    io.stderr(`ripple: ${error.message}${where}\n`);
    return 1;
  }
  io.stderr(
    `ripple: an unexpected error; please report it.\n${error instanceof Error ? error.stack : String(error)}\n`,
  );
  return 70;
}
