import { compareOutput, createLocalBuilder, runComparison } from '../../experiment/index.ts';
import type { ParsedOptions } from '../args.ts';
import { cliBuildWatch } from '../build-progress.ts';
import { type CliIo, UserError } from '../cli-io.ts';
import { loadScenario, oneScenarioFile } from '../load-scenario.ts';
import { checkOutputTarget, chooseExecutor, emit, outputFormat } from '../output.ts';
import { createProgress } from '../progress.ts';
import { noteNodesRead, readGraphFileFrom } from './read-graph-file.ts';

/**
 * `ripple compare FILE`: the scenario's seeding variants ("compare" section), each an ensemble
 * on the same network with the same random numbers; their costs and a plain-language verdict.
 */
export async function compareCommand(
  io: CliIo,
  positionals: string[],
  options: ParsedOptions,
): Promise<void> {
  const format = outputFormat(options);
  checkOutputTarget(io, options);
  const { scenario, baseDir } = loadScenario(io, oneScenarioFile('compare', positionals), options);
  if (!scenario.compare) {
    throw new UserError(
      'ripple compare needs a "compare" section in the scenario: the variants to compare, e.g. { "variants": [{ "label": "1 opinion leader", "seeding": { "strategy": "top-degree", "count": 1 } }, …] }.',
      1,
    );
  }
  const watch = cliBuildWatch(io, options);
  const build = createLocalBuilder(readGraphFileFrom(io, baseDir, options), watch);
  const base = await build.experiment(scenario).finally(watch.finish);
  for (const warning of base.warnings) io.stderr(`warning: ${warning}\n`);
  noteNodesRead(io, scenario.graph, base.network.n, format);
  const progress = createProgress(
    io.stderr,
    io.stderrIsTty || options.progress === true,
    'Comparing',
  );
  const executor = chooseExecutor(options);
  try {
    const runs = await runComparison(base, scenario.compare, {
      execute: executor.execute,
      build,
      signal: io.signal,
      onProgress: (d, t) => progress.update(d, t),
    });
    progress.finish();
    emit(io, options, compareOutput(runs, scenario.compare.cost, format));
  } finally {
    progress.finish();
    watch.finish();
    executor.close();
  }
}
