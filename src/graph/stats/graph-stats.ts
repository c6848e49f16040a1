import { createRng, type Rng } from '../../random/rng.ts';
import { directedPercolationThreshold, percolationThreshold } from '../../theory/index.ts';
import { type Network, NODE_KINDS, type NodeKind } from '../network.ts';
import { type ClusteringStats, exactClustering, sampledClustering } from './clustering.ts';
import { type ComponentStats, componentStats } from './components.ts';
import { type DegreeStats, type DirectedDegreeStats, degreeStats } from './degrees.ts';
import { simpleAdjacency } from './simple-adjacency.ts';

export interface GraphStatsOptions {
  /** Above this many nodes clustering is estimated from samples (default 200,000). */
  exactClusteringMaxNodes?: number;
  /** Nodes, and wedges, drawn when sampling (default 20,000: standard error < 0.004). */
  clusteringSamples?: number;
  /** Generator for the samples; default createRng(0, 'graph-stats'), so results repeat. */
  rng?: Rng;
}

export interface GraphStats extends DegreeStats {
  nodes: number;
  edges: number;
  directed: boolean;
  /** In/out-degree detail; null for an undirected network. */
  directedDegrees: DirectedDegreeStats | null;
  clustering: ClusteringStats;
  components: ComponentStats;
  /** Number of nodes of each kind. */
  kinds: Record<NodeKind, number>;
  /**
   * Bond-percolation threshold for the transmissibility power × tie strength (IC/SIR):
   * ⟨k⟩/(⟨k²⟩−⟨k⟩) if undirected, ⟨k⟩/⟨k_in·k_out⟩ if directed; Infinity when no giant
   * outbreak is possible. Exact for large random graphs with this degree distribution;
   * clustering and degree correlations shift the real tipping point.
   */
  predictedThreshold: number;
}

/** Summary statistics of a network, in O(n + m) apart from clustering (see ClusteringStats). */
export function graphStats(network: Network, options: GraphStatsOptions = {}): GraphStats {
  const { exactClusteringMaxNodes = 200_000, clusteringSamples = 20_000 } = options;
  const { degree, directed } = degreeStats(network);
  const adjacency = simpleAdjacency(network);
  const clustering =
    network.n <= exactClusteringMaxNodes
      ? exactClustering(adjacency)
      : sampledClustering(adjacency, options.rng ?? createRng(0, 'graph-stats'), clusteringSamples);
  const kinds = Object.fromEntries(NODE_KINDS.map((k) => [k, 0])) as Record<NodeKind, number>;
  for (let i = 0; i < network.n; i++) kinds[NODE_KINDS[network.kind[i]]]++;
  return {
    nodes: network.n,
    edges: network.src.length,
    directed: network.directed,
    ...degree,
    directedDegrees: directed,
    clustering,
    components: componentStats(network),
    kinds,
    predictedThreshold: directed
      ? directedPercolationThreshold({
          meanDegree: degree.meanDegree,
          meanInOutDegree: directed.meanInOutDegree,
        })
      : percolationThreshold(degree),
  };
}
