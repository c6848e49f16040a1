import { runnableProblems } from '../../experiment/index.ts';
import { type Problem, parseScenario, type Scenario } from '../../scenario/index.ts';
import type { ParsedOptions } from '../args.ts';
import { UnreadableFile } from '../bounded-read.ts';
import { type CliIo, UserError } from '../cli-io.ts';
import { commandLineAccess, graphFileAccess } from '../graph-file-access.ts';
import { formatProblems } from '../load-scenario.ts';
import { READ_LIMITS } from '../read-limits.ts';
import { readGraphFileWithin } from './read-graph-file.ts';

/**
 * `ripple validate FILE…`: checks scenario files, and what `run`, `sweep` and `compare` would
 * refuse in them (see runnableScenarioProblems); exit code 1 if any has a problem.
 */
export async function validateCommand(
  io: CliIo,
  positionals: string[],
  options: ParsedOptions,
): Promise<void> {
  if (positionals.length === 0)
    throw new UserError('Name at least one scenario file to check: ripple validate FILE…');
  const allowed = commandLineAccess(io, options);
  let bad = 0;
  for (const file of positionals) {
    let text: string;
    try {
      text = io.readFile(file, READ_LIMITS.scenario);
    } catch (error) {
      if (!(error instanceof UnreadableFile)) throw error;
      io.stderr(`${file}: cannot be read: ${error.message}.\n`);
      bad++;
      continue;
    }
    const result = parseScenario(text);
    const problems = result.ok
      ? runnableScenarioProblems(io, file, result.scenario, allowed)
      : result.problems;
    if (result.ok && problems.length === 0)
      io.stdout(`${file}: valid ("${result.scenario.name}")\n`);
    else {
      io.stdout(`${formatProblems(file, problems)}\n`);
      bad++;
    }
  }
  if (bad > 0) throw new UserError(`${bad} of ${positionals.length} files have problems.`, 1);
}

/**
 * What `run`, `sweep` and `compare` would refuse: the graph file a scenario names must be
 * there, inside the folders Ripple reads from, and parse within the same limits; the seeds it
 * names must be in it; every value of the scenario's own sweep must make a valid scenario.
 */
function runnableScenarioProblems(
  io: CliIo,
  file: string,
  scenario: Scenario,
  allowed: ReturnType<typeof commandLineAccess>,
): Problem[] {
  const { graph } = scenario;
  if (graph.generator !== 'file') return runnableProblems(scenario);
  try {
    const access = graphFileAccess(io, io.resolvePath(file, '..'), allowed);
    return runnableProblems(scenario, readGraphFileWithin(io, access));
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return [
      {
        path: '$.graph.path',
        expected: "a graph file inside the scenario's folder (or a folder named with --allow-dir)",
        found: JSON.stringify(graph.path),
        message: error.message,
      },
    ];
  }
}
