import type { Network } from '../graph/index.ts';
import type { Seed } from '../random/rng.ts';
import { buildNetwork, type GraphSpec } from '../scenario/index.ts';
import { buildCsr, type Csr } from '../sim/index.ts';
import type { ReadGraphFile } from './experiment.ts';

export interface CachedNetwork {
  readonly network: Network;
  readonly csr: Csr;
  readonly warnings: readonly string[];
}

/**
 * The last few networks built, by graph spec and seed, so a network is rebuilt only when the
 * graph changes. A graph file is known by its path: one cache per set of files. Two slots by default: a sweep point's network and the one its row's theory is
 * drawn for can differ (a sweep of mean degree) without evicting each other.
 */
export function createNetworkCache(slots = 2) {
  const entries: { key: string; graph: CachedNetwork }[] = [];
  return {
    /** The network of `spec`; `onBuild` is called first when it must be built. */
    get(
      spec: GraphSpec,
      seed: Seed,
      readFile?: ReadGraphFile,
      onBuild?: () => void,
    ): CachedNetwork {
      const key = JSON.stringify([seed, spec]);
      const hit = entries.findIndex((e) => e.key === key);
      if (hit >= 0) {
        entries.unshift(...entries.splice(hit, 1));
        return entries[0].graph;
      }
      onBuild?.();
      const { network, warnings } = buildNetwork(spec, seed, readFile);
      const graph = { network, csr: buildCsr(network), warnings };
      entries.unshift({ key, graph });
      entries.length = Math.min(entries.length, slots);
      return graph;
    },
  };
}
