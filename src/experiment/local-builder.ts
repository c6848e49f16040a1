import { type GraphStats, graphStats, type Network } from '../graph/index.ts';
import type { Scenario } from '../scenario/index.ts';
import type { BuildOptions, Built, ExperimentBuilder, PreparedNetwork } from './builder.ts';
import { type ReadGraphFile, withNetwork } from './experiment.ts';
import { createNetworkCache } from './network-cache.ts';

/**
 * Builds on this thread, remembering the last networks (and their statistics). The CLI and the
 * tests use it directly; the app's build worker runs one inside the worker.
 */
export function createLocalBuilder(readFile?: ReadGraphFile, slots = 2): ExperimentBuilder {
  const cache = createNetworkCache(slots);
  const statsOf = new WeakMap<Network, GraphStats>();
  const prepare = (scenario: Scenario, options: BuildOptions = {}): PreparedNetwork => {
    const built = cache.get(scenario.graph, scenario.seed, readFile);
    let stats = options.stats ? (statsOf.get(built.network) ?? null) : null;
    if (options.stats && !stats) statsOf.set(built.network, (stats = graphStats(built.network)));
    return { ...built, stats };
  };
  return {
    network: async (scenario, options) => prepare(scenario, options),
    experiment: async (scenario, options): Promise<Built> => {
      const { network, csr, warnings, stats } = prepare(scenario, options);
      return { ...withNetwork(scenario, network, csr), warnings, stats };
    },
  };
}
