import { globalByFirstWave } from '../../analysis/index.ts';
import { createLocalBuilder } from '../../experiment/local-builder.ts';
import { ensembleReport, formatJson, runsCsv } from '../../experiment/report.ts';
import { summarizeEnsemble } from '../../sim/ensemble-summary.ts';
import type { ParsedOptions } from '../args.ts';
import { cliBuildWatch } from '../build-progress.ts';
import type { CliIo } from '../cli-io.ts';
import { loadScenario } from '../load-scenario.ts';
import { chooseExecutor, emit, outputFormat } from '../output.ts';
import { createProgress } from '../progress.ts';
import { readGraphFileFrom } from './read-graph-file.ts';

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
  const { scenario, baseDir } = loadScenario(io, positionals[0], options);
  const watch = cliBuildWatch(io, options);
  const experiment = await createLocalBuilder(readGraphFileFrom(io, baseDir), watch)
    .experiment(scenario)
    .finally(watch.finish);
  for (const warning of experiment.warnings) io.stderr(`warning: ${warning}\n`);
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
    const { n } = experiment.csr;
    const { globalFraction } = scenario.run;
    const report = () => ({
      ...ensembleReport(experiment, summarizeEnsemble(records, n, globalFraction)),
      firstWave: globalByFirstWave(records, n, globalFraction),
    });
    emit(io, options, format === 'csv' ? runsCsv(records) : formatJson(report()));
  } finally {
    progress.finish();
    executor.close();
  }
}
