import { type GraphStats, graphStats, type Network } from '../graph/index.ts';
import type { Scenario } from '../scenario/index.ts';
import { type BuildWatch, watchWithProgress } from './build-watch.ts';
import type { BuildOptions, Built, ExperimentBuilder, PreparedNetwork } from './builder.ts';
import { abortError } from './executor.ts';
import { type ReadGraphFile, withNetwork } from './experiment.ts';
import { createNetworkCache } from './network-cache.ts';

/**
 * Builds on this thread, remembering the last networks (and their statistics). The CLI and the
 * tests use it directly; the app's build worker runs one inside the worker. `watch` (and each
 * request's onProgress) hears each long phase as it starts, and greedy seeding's estimate and
 * progress.
 */
export function createLocalBuilder(
  readFile?: ReadGraphFile,
  watch: BuildWatch = {},
  slots = 2,
): ExperimentBuilder {
  const cache = createNetworkCache(slots);
  const statsOf = new WeakMap<Network, GraphStats>();
  const prepare = (
    scenario: Scenario,
    options: BuildOptions,
    watching: BuildWatch,
  ): PreparedNetwork => {
    if (options.signal?.aborted) throw abortError('The build was cancelled.');
    const built = cache.get(scenario.graph, scenario.seed, readFile, () =>
      watching.onPhase?.('network', scenario),
    );
    let stats = options.stats ? (statsOf.get(built.network) ?? null) : null;
    if (options.stats && !stats) {
      watching.onPhase?.('statistics', scenario);
      statsOf.set(built.network, (stats = graphStats(built.network)));
    }
    return { ...built, stats };
  };
  return {
    network: async (scenario, options = {}) =>
      prepare(scenario, options, watchWithProgress(watch, options.onProgress)),
    experiment: async (scenario, options = {}): Promise<Built> => {
      const watching = watchWithProgress(watch, options.onProgress);
      const { network, csr, warnings, stats } = prepare(scenario, options, watching);
      return { ...withNetwork(scenario, network, csr, watching), warnings, stats };
    },
  };
}
