import type { Network } from '../graph/network.ts';
import { buildNetwork, type GraphSpec } from '../scenario/index.ts';
import type { Seed } from '../random/rng.ts';
import { buildCsr, type Csr } from '../sim/csr.ts';
import type { ReadGraphFile } from './experiment.ts';

export interface BuiltGraph {
  readonly network: Network;
  readonly csr: Csr;
}

/**
 * The last few networks a sweep built, by graph spec, so a network is rebuilt only when a
 * graph parameter changes. Two slots: a point's network and the one its row's theory is
 * drawn for can differ (a sweep of mean degree) without evicting each other. Each warning is
 * passed on once.
 */
export function createNetworkCache(seed: Seed, readFile?: ReadGraphFile, onWarning?: (message: string) => void, slots = 2) {
  const entries: { key: string; graph: BuiltGraph }[] = [];
  const warned = new Set<string>();
  return {
    get(spec: GraphSpec): BuiltGraph {
      const key = JSON.stringify(spec);
      const hit = entries.findIndex((e) => e.key === key);
      if (hit >= 0) {
        entries.unshift(...entries.splice(hit, 1));
        return entries[0].graph;
      }
      const built = buildNetwork(spec, seed, readFile);
      for (const warning of built.warnings) {
        if (!warned.has(warning)) onWarning?.(warning);
        warned.add(warning);
      }
      const graph = { network: built.network, csr: buildCsr(built.network) };
      entries.unshift({ key, graph });
      entries.length = Math.min(entries.length, slots);
      return graph;
    },
  };
}
