import { degreeStats, meanTieStrength, type Network } from '../graph/index.ts';

/** What the theory needs to know of a network: plain data, so sweep shards can carry it. */
export interface NetworkFacts {
  readonly nodes: number;
  readonly degree: {
    readonly meanDegree: number;
    readonly meanSquareDegree: number;
    readonly directed: boolean;
    /** ⟨k_in·k_out⟩, for the directed percolation threshold. */
    readonly meanInOutDegree?: number;
    /** histogram[k] = nodes of (out-)degree k. */
    readonly histogram: readonly number[];
  };
  /** Mean tie strength over edges (1 without ties): transmissibility is power × it. */
  readonly meanTieStrength: number;
}

export function networkFacts(network: Network): NetworkFacts {
  const { degree, directed } = degreeStats(network);
  return {
    nodes: network.n,
    degree: {
      meanDegree: degree.meanDegree,
      meanSquareDegree: degree.meanSquareDegree,
      directed: network.directed,
      ...(directed ? { meanInOutDegree: directed.meanInOutDegree } : {}),
      histogram: degree.degreeHistogram,
    },
    meanTieStrength: meanTieStrength(network),
  };
}
