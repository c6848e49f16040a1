import {
  createLocalBuilder,
  type PointRecords,
  planSweep,
  runSweep2d,
  runSweepWork,
  type SweepAxis,
  type SweepOptions,
  shardRange,
  sweepOutput,
  totalWork,
  workPieces,
} from '../../experiment/index.ts';
import type { Scenario } from '../../scenario/index.ts';
import type { ParsedOptions } from '../args.ts';
import { cliBuildWatch } from '../build-progress.ts';
import { type CliIo, UserError } from '../cli-io.ts';
import { loadScenario, oneScenarioFile } from '../load-scenario.ts';
import { checkOutputTarget, chooseExecutor, emit, outputFormat } from '../output.ts';
import { createProgress } from '../progress.ts';
import { shardText } from '../shard-file.ts';
import { shardOption } from '../shard-option.ts';
import { sweepAxes } from '../sweep-axes.ts';
import { noteNodesRead, readGraphFileFrom } from './read-graph-file.ts';

/**
 * `ripple sweep FILE [--param PATH values] [--param2 PATH values] [--shard i/N]`: an ensemble
 * per value (or grid point). With --shard, only part i of N of the work, written as a shard
 * file for `ripple merge`.
 */
export async function sweepCommand(
  io: CliIo,
  positionals: string[],
  options: ParsedOptions,
): Promise<void> {
  const part = shardOption(options);
  if (part && options.format !== undefined && options.format !== 'json') {
    throw new UserError(
      'A shard is always written as JSON; choose --format when joining the shards with ripple merge.',
    );
  }
  const format = outputFormat(options);
  checkOutputTarget(io, options);
  const { scenario, baseDir, sweepSetAside } = loadScenario(
    io,
    oneScenarioFile('sweep', positionals),
    options,
  );
  const { x, y } = sweepAxes(options, scenario, sweepSetAside);
  const progress = createProgress(
    io.stderr,
    io.stderrIsTty || options.progress === true,
    part ? `Shard ${part.index}/${part.count}` : 'Sweeping',
  );
  const executor = chooseExecutor(options);
  const watch = cliBuildWatch(io, options);
  const sweepOptions: SweepOptions = {
    execute: executor.execute,
    build: createLocalBuilder(readGraphFileFrom(io, baseDir, options), watch),
    signal: io.signal,
    onProgress: (d, t) => progress.update(d, t),
    onWarning: (message) => io.stderr(`warning: ${message}\n`),
  };
  try {
    const result = part
      ? await runShard(scenario, x, y, part, sweepOptions)
      : await runSweep2d(scenario, x, y, sweepOptions);
    progress.finish();
    if (typeof result === 'string') emit(io, options, result);
    else {
      noteNodesRead(io, scenario.graph, result.points[0].summary.nodes, format);
      emit(io, options, sweepOutput(result, format));
    }
  } finally {
    progress.finish();
    watch.finish();
    executor.close();
  }
}

/** Part `index` of `count` of the sweep's (point, run) work, as the text of a shard file. */
async function runShard(
  scenario: Scenario,
  x: SweepAxis,
  y: SweepAxis | null,
  part: { index: number; count: number },
  options: SweepOptions,
): Promise<string> {
  const plan = planSweep(scenario, x, y);
  const total = totalWork(plan);
  const [from, to] = shardRange(total, part.index, part.count);
  const points: PointRecords[] = [];
  const rows = await runSweepWork(plan, workPieces(plan, from, to), options, (piece) =>
    points.push(piece),
  );
  return shardText(plan, part, { from, to, of: total }, { points, rows });
}
