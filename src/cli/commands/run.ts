import { createLocalBuilder, ensembleReport, runsCsv } from '../../experiment/index.ts';
import { formatJson } from '../../format/index.ts';
import type { ParsedOptions } from '../args.ts';
import { cliBuildWatch } from '../build-progress.ts';
import type { CliIo } from '../cli-io.ts';
import { loadScenario, oneScenarioFile } from '../load-scenario.ts';
import { checkOutputTarget, chooseExecutor, emit, outputFormat } from '../output.ts';
import { createProgress } from '../progress.ts';
import { noteNodesRead, readGraphFileFrom } from './read-graph-file.ts';

/**
 * `ripple run FILE`: one ensemble; JSON summary with every run's size and P(global) by the size
 * of the first wave, or CSV with a row per run.
 */
export async function runCommand(
  io: CliIo,
  positionals: string[],
  options: ParsedOptions,
): Promise<void> {
  const format = outputFormat(options);
  checkOutputTarget(io, options);
  const { scenario, baseDir, notes } = loadScenario(
    io,
    oneScenarioFile('run', positionals),
    options,
  );
  const watch = cliBuildWatch(io, options);
  const experiment = await createLocalBuilder(readGraphFileFrom(io, baseDir, options), watch)
    .experiment(scenario)
    .finally(watch.finish);
  for (const warning of experiment.warnings) io.stderr(`warning: ${warning}\n`);
  noteNodesRead(io, scenario.graph, experiment.network.n, format);
  const progress = createProgress(
    io.stderr,
    io.stderrIsTty || options.progress === true,
    'Running',
  );
  const executor = chooseExecutor(options);
  try {
    const records = await executor.execute(experiment.csr, experiment.task, {
      signal: io.signal,
      onProgress: (d, t) => progress.update(d, t),
    });
    progress.finish();
    emit(
      io,
      options,
      format === 'csv'
        ? runsCsv(records)
        : formatJson(
            ensembleReport(
              { ...experiment, warnings: [...notes, ...experiment.warnings] },
              records,
            ),
          ),
    );
  } finally {
    progress.finish();
    executor.close();
  }
}
