import { type Problem, parseScenario, type Scenario, validateScenario } from '../scenario/index.ts';
import type { ParsedOptions } from './args.ts';
import { type CliIo, UserError } from './cli-io.ts';
import { applyOverrides, commandLineScenario } from './overrides.ts';

/** One line per problem: where, what is wrong, what was expected and found. */
export function formatProblems(file: string, problems: readonly Problem[]): string {
  // Messages usually say what was expected; add what was found when they do not.
  const lines = problems.map(
    (p) => `  ${p.path}: ${p.message}${p.message.includes(p.found) ? '' : ` (found ${p.found})`}`,
  );
  const noun = problems.length === 1 ? 'problem' : 'problems';
  return `${file} has ${problems.length} ${noun}:\n${lines.join('\n')}`;
}

function readText(io: CliIo, file: string): string {
  try {
    return io.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'there is no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : (error as Error).message;
    throw new UserError(`Cannot read "${file}": ${why}.`);
  }
}

/**
 * The scenario a command works on: the file (or, with --graph and no file, a default one),
 * with the command line's overrides applied, validated. Graph files a scenario names are
 * resolved relative to the scenario's own folder.
 */
export function loadScenario(
  io: CliIo,
  file: string | undefined,
  options: ParsedOptions,
): { scenario: Scenario; baseDir: string } {
  if (!file && options.graph === undefined)
    throw new UserError(
      'Name a scenario file (or a graph with --graph). Run "ripple help" for examples.',
    );
  let raw: Record<string, unknown> = commandLineScenario();
  if (file) {
    const parsed = parseScenario(readText(io, file));
    if (!parsed.ok) throw new UserError(formatProblems(file, parsed.problems), 1);
    raw = parsed.scenario as unknown as Record<string, unknown>;
  }
  // A --graph path is the person's own, from the working folder; the scenario wants it
  // relative to the scenario's folder, like every graph file it names.
  const baseDir = io.resolvePath(file ? `${file}/..` : '.');
  const checked = validateScenario(
    applyOverrides(raw, options, (p) => io.relativePath(baseDir, p)),
  );
  if (!checked.ok)
    throw new UserError(
      formatProblems(`${file ?? 'The command line'} (with the options given)`, checked.problems),
      1,
    );
  return { scenario: checked.scenario, baseDir };
}
