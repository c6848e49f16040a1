import {
  type Problem,
  parseScenario,
  type Scenario,
  type ScenarioResult,
  validateScenario,
} from '../scenario/index.ts';
import type { ParsedOptions } from './args.ts';
import { UnreadableFile } from './bounded-read.ts';
import { type CliIo, UserError } from './cli-io.ts';
import { applyOverrides, commandLineScenario } from './overrides.ts';
import { READ_LIMITS } from './read-limits.ts';

/** One line per problem: where, what is wrong, what was expected and found. */
export function formatProblems(file: string, problems: readonly Problem[]): string {
  // Messages usually say what was expected; add what was found when they do not.
  const lines = problems.map(
    (p) => `  ${p.path}: ${p.message}${p.message.includes(p.found) ? '' : ` (found ${p.found})`}`,
  );
  const noun = problems.length === 1 ? 'problem' : 'problems';
  return `${file} has ${problems.length} ${noun}:\n${lines.join('\n')}`;
}

/**
 * The text of a scenario file: a regular file of at most 1 MB. A file that cannot be read is a
 * mistake in the command (exit 2); one that is too large, a problem in the file (exit 1).
 */
function readScenarioText(io: CliIo, file: string): string {
  try {
    return io.readFile(file, READ_LIMITS.scenario);
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    throw new UserError(`Cannot read "${file}": ${error.message}.`, error.tooLarge ? 1 : 2);
  }
}

/** The one scenario file a command works on: a second one is a mistake, never silently ignored. */
export function oneScenarioFile(
  command: string,
  positionals: readonly string[],
): string | undefined {
  if (positionals.length <= 1) return positionals[0];
  throw new UserError(
    `ripple ${command} works on one scenario file, but got ${positionals.length}: ${positionals.join(', ')}. ` +
      'Run one command per file (ripple validate checks several at once).',
  );
}

/**
 * The scenario a command works on: the file (or, with --graph and no file, a default one),
 * with the command line's overrides applied, validated. Graph files a scenario names are
 * resolved relative to the scenario's own folder. What the command filled in unasked (a model's
 * defaults) is noted on stderr and returned as `notes` for the report.
 */
export function loadScenario(
  io: CliIo,
  file: string | undefined,
  options: ParsedOptions,
): { scenario: Scenario; baseDir: string; sweepSetAside: string | null; notes: string[] } {
  if (!file && options.graph === undefined)
    throw new UserError(
      'Name a scenario file (or a graph with --graph). Run "ripple help" for examples.',
    );
  let raw: Record<string, unknown> = commandLineScenario();
  if (file) {
    const parsed = parseScenario(readScenarioText(io, file));
    if (!parsed.ok) throw new UserError(formatProblems(file, parsed.problems), 1);
    raw = parsed.scenario as unknown as Record<string, unknown>;
  }
  // A --graph path is the person's own, from the working folder; the scenario wants it
  // relative to the scenario's folder, like every graph file it names.
  const baseDir = io.resolvePath(file ? `${file}/..` : '.');
  const { scenario: overridden, notes } = applyOverrides(raw, options, (p) =>
    io.relativePath(baseDir, p),
  );
  const { checked, sweepSetAside } = withoutUnfitSweep(overridden);
  if (!checked.ok)
    throw new UserError(
      formatProblems(`${file ?? 'The command line'} (with the options given)`, checked.problems),
      1,
    );
  for (const note of notes) io.stderr(`note: ${note}\n`);
  return { scenario: checked.scenario, baseDir, sweepSetAside, notes };
}

/**
 * The file itself was valid, so a sweep that names a parameter the scenario no longer has
 * (graph.beta once --graph replaces the generator, content.threshold.phi after --model ic) was
 * broken by the options. Only `sweep` without --param uses it: the scenario is checked without
 * it, and `sweepSetAside` says why, for sweep-axes.ts to tell the person.
 */
function withoutUnfitSweep(overridden: Record<string, unknown>): {
  checked: ScenarioResult;
  sweepSetAside: string | null;
} {
  const checked = validateScenario(overridden);
  const unfit = checked.ok ? [] : checked.problems.filter((p) => SWEEP_PARAMETER.test(p.path));
  if (unfit.length === 0) return { checked, sweepSetAside: null };
  const withoutSweep = { ...overridden };
  delete withoutSweep.sweep;
  return {
    checked: validateScenario(withoutSweep),
    sweepSetAside: unfit.map((p) => p.message).join(' '),
  };
}

const SWEEP_PARAMETER = /^\$\.sweep\.[xy]\.parameter$/;
