import louvain from 'graphology-communities-louvain';
import type { Rng } from '../../random/rng.ts';
import { toGraphology } from '../io/graphology.ts';
import type { Network } from '../network.ts';

/**
 * Communities by the Louvain method (Blondel et al. 2008, J. Stat. Mech. P10008), through
 * graphology-communities-louvain: modularity (directed modularity for a directed network,
 * tie strengths as weights) is raised greedily by moving nodes between groups, then groups
 * are merged and the moves repeated. Its node order and tie-breaks draw from `rng`, so the
 * same generator state gives the same answer. Returns a community index per node, numbered
 * 0, 1, … in order of each community's first node, so equal partitions give equal arrays.
 */
export function detectCommunities(network: Network, rng: Rng): Int32Array {
  // Keyed by index, not label: graphology keeps neighbours in plain objects, where a label
  // such as "toString" would pass for an existing edge and the edge would be lost.
  const mapping = louvain(toGraphology({ ...network, labels: null }), {
    rng,
    getEdgeWeight: network.weight ? 'weight' : null,
  });
  const renumber = new Map<number, number>();
  return Int32Array.from({ length: network.n }, (_, i) => {
    const found = mapping[String(i)];
    if (!renumber.has(found)) renumber.set(found, renumber.size);
    return renumber.get(found)!;
  });
}
