import { createLocalBuilder } from '../../experiment/index.ts';
import { formatJson } from '../../format/index.ts';
import {
  detectGraphFormat,
  GRAPH_FORMATS,
  type GraphFormat,
  writeGraph,
} from '../../graph/index.ts';
import type { ParsedOptions } from '../args.ts';
import { cliBuildWatch } from '../build-progress.ts';
import { type CliIo, UserError } from '../cli-io.ts';
import { loadScenario, oneScenarioFile } from '../load-scenario.ts';
import { checkOutputTarget, emit } from '../output.ts';
import { readGraphFileFrom } from './read-graph-file.ts';

/**
 * `ripple graph FILE`: the scenario's network. With --out (format from its extension) or
 * --format it writes the graph; otherwise it prints the graph's statistics and predicted
 * tipping point as JSON.
 */
export async function graphCommand(
  io: CliIo,
  positionals: string[],
  options: ParsedOptions,
): Promise<void> {
  const format = graphFormat(options);
  checkOutputTarget(io, options);
  const { scenario, baseDir } = loadScenario(io, oneScenarioFile('graph', positionals), options);
  const watch = cliBuildWatch(io, options);
  const { network, warnings, stats } = await createLocalBuilder(
    readGraphFileFrom(io, baseDir, options),
    watch,
  )
    .network(scenario, { stats: !format })
    .finally(watch.finish);
  for (const warning of warnings) io.stderr(`warning: ${warning}\n`);
  emit(io, options, format ? writeGraph(network, format) : formatJson(stats));
}

function graphFormat(options: ParsedOptions): GraphFormat | null {
  if (options.format !== undefined) {
    if (!(GRAPH_FORMATS as readonly string[]).includes(options.format)) {
      throw new UserError(
        `--format for ripple graph must be one of ${GRAPH_FORMATS.join(', ')} (got "${options.format}").`,
      );
    }
    return options.format as GraphFormat;
  }
  if (!options.out) return null;
  try {
    return detectGraphFormat(options.out);
  } catch (error) {
    throw new UserError(`${(error as Error).message}.`);
  }
}
