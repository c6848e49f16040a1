import type { Network } from '../network.ts';

/**
 * Degree summary. For a directed network "degree" means out-degree, the audience a node's
 * posts reach (edge u→v: v follows u), so meanDegree = m/n = mean in-degree = mean out-degree.
 * For an undirected network it is the number of ties, meanDegree = 2m/n.
 * Edges are counted as stored (a duplicate edge counts twice, a self-loop twice if undirected).
 */
export interface DegreeStats {
  meanDegree: number;
  /** ⟨k²⟩: of the degree (undirected) or the out-degree (directed). */
  meanSquareDegree: number;
  maxDegree: number;
  /** histogram[k] = number of nodes of degree k. */
  degreeHistogram: number[];
}

/** The in/out detail of a directed network, including ⟨k_in·k_out⟩ for its percolation threshold. */
export interface DirectedDegreeStats {
  meanSquareInDegree: number;
  meanSquareOutDegree: number;
  meanInOutDegree: number;
  maxInDegree: number;
  maxOutDegree: number;
  inDegreeHistogram: number[];
  outDegreeHistogram: number[];
}

/** Per-node degree counts: `out` is the degree of an undirected network; `in` is null then. */
export function degreeCounts(network: Network): { out: Int32Array; in: Int32Array | null } {
  const out = new Int32Array(network.n);
  const inDegree = network.directed ? new Int32Array(network.n) : null;
  const { src, dst } = network;
  for (let e = 0; e < src.length; e++) {
    out[src[e]]++;
    if (inDegree) inDegree[dst[e]]++;
    else out[dst[e]]++;
  }
  return { out, in: inDegree };
}

function moments(degrees: Int32Array): { meanSquare: number; max: number; histogram: number[] } {
  let max = 0;
  let sumSquares = 0;
  for (let i = 0; i < degrees.length; i++) {
    const k = degrees[i];
    if (k > max) max = k;
    sumSquares += k * k;
  }
  const histogram = new Array<number>(max + 1).fill(0);
  for (let i = 0; i < degrees.length; i++) histogram[degrees[i]]++;
  return { meanSquare: mean(sumSquares, degrees.length), max, histogram };
}

function mean(sum: number, count: number): number {
  return count > 0 ? sum / count : 0;
}

export function degreeStats(network: Network): {
  degree: DegreeStats;
  directed: DirectedDegreeStats | null;
} {
  const counts = degreeCounts(network);
  const out = moments(counts.out);
  const degree: DegreeStats = {
    meanDegree: mean(network.directed ? network.src.length : 2 * network.src.length, network.n),
    meanSquareDegree: out.meanSquare,
    maxDegree: out.max,
    degreeHistogram: out.histogram,
  };
  if (!counts.in) return { degree, directed: null };
  const inn = moments(counts.in);
  let sumInOut = 0;
  for (let i = 0; i < network.n; i++) sumInOut += counts.in[i] * counts.out[i];
  return {
    degree,
    directed: {
      meanSquareInDegree: inn.meanSquare,
      meanSquareOutDegree: out.meanSquare,
      meanInOutDegree: mean(sumInOut, network.n),
      maxInDegree: inn.max,
      maxOutDegree: out.max,
      inDegreeHistogram: inn.histogram,
      outDegreeHistogram: out.histogram,
    },
  };
}
