import { formatJson, sweepCsv, sweepReport } from '../../experiment/report.ts';
import { linearValues } from '../../experiment/set-parameter.ts';
import { runSweep } from '../../experiment/sweep.ts';
import { listOption, numberOption, type ParsedOptions } from '../args.ts';
import { UserError, type CliIo } from '../cli-io.ts';
import { loadScenario } from '../load-scenario.ts';
import { chooseExecutor, emit, outputFormat } from '../output.ts';
import { createProgress } from '../progress.ts';
import { readGraphFileFrom } from './read-graph-file.ts';

/** `ripple sweep FILE --param PATH (--from A --to B --steps K | --values a,b,c)`. */
export async function sweepCommand(io: CliIo, positionals: string[], options: ParsedOptions): Promise<void> {
  const format = outputFormat(options);
  const parameter = options.param;
  if (!parameter) throw new UserError('ripple sweep needs --param, the parameter to vary, e.g. --param content.power.');
  const values = sweepValuesFrom(options);
  const { scenario, baseDir } = loadScenario(io, positionals[0], options);
  const readFile = readGraphFileFrom(io, baseDir);
  const progress = createProgress(io.stderr, io.stderrIsTty || options.progress === true, 'Sweeping');
  const executor = chooseExecutor(options);
  try {
    const result = await runSweep(scenario, parameter, values, {
      execute: executor.execute,
      readFile,
      signal: io.signal,
      onProgress: (d, t) => progress.update(d, t),
    });
    progress.finish();
    emit(io, options, format === 'csv' ? sweepCsv(result) : formatJson(sweepReport(scenario, result)));
  } finally {
    progress.finish();
    executor.close();
  }
}

function sweepValuesFrom(options: ParsedOptions): number[] {
  const listed = listOption(options, 'values');
  const from = numberOption(options, 'from');
  const to = numberOption(options, 'to');
  const steps = numberOption(options, 'steps');
  if (listed) {
    if (from !== undefined || to !== undefined || steps !== undefined) throw new UserError('Give either --values or --from/--to/--steps, not both.');
    return listed.map((v) => {
      const n = Number(v);
      if (!Number.isFinite(n)) throw new UserError(`--values must be numbers separated by commas; "${v}" is not a number.`);
      return n;
    });
  }
  if (from === undefined || to === undefined || steps === undefined) {
    throw new UserError('ripple sweep needs the values to try: --from A --to B --steps K, or --values a,b,c.');
  }
  return linearValues(from, to, steps);
}
