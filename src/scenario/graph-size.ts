import type { GraphSpec } from './graph-schema.ts';

export interface GraphSize {
  readonly nodes: number;
  /** Expected number of edges (exact for the deterministic generators). */
  readonly edges: number;
}

/** Node pairs that may carry an edge, without self-loops. */
export function pairCount(nodes: number, directed: boolean): number {
  return directed ? nodes * (nodes - 1) : (nodes * (nodes - 1)) / 2;
}

/** Community sizes when `total` nodes are split as evenly as possible; larger ones first. */
export function splitEvenly(total: number, parts: number): number[] {
  const base = Math.floor(total / parts);
  return Array.from({ length: parts }, (_, i) => base + (i < total % parts ? 1 : 0));
}

/** The configuration model's default cutoff, as in src/graph/generators/configuration-model.ts. */
export function effectiveMaxDegree(
  nodes: number,
  minDegree: number,
  maxDegree: number | undefined,
): number {
  return maxDegree ?? Math.max(minDegree, Math.min(nodes - 1, Math.floor(Math.sqrt(nodes))));
}

/** Size of the graph a (field-valid) spec builds; null for a file, known only once read. */
export function graphSize(g: GraphSpec): GraphSize | null {
  switch (g.generator) {
    case 'erdos-renyi': {
      const pairs = pairCount(g.nodes, g.directed);
      const p = g.p ?? (g.meanDegree !== undefined ? g.meanDegree / Math.max(1, g.nodes - 1) : 0);
      return { nodes: g.nodes, edges: g.edges ?? p * pairs };
    }
    case 'barabasi-albert': {
      const { nodes: n, m } = g;
      return { nodes: n, edges: g.directed ? m * (n - m) : (m * (m + 1)) / 2 + m * (n - m - 1) };
    }
    case 'watts-strogatz':
      return { nodes: g.nodes, edges: (g.nodes * g.k) / 2 };
    case 'stochastic-block': {
      const sizes = splitEvenly(g.nodes, g.communities);
      const inside = sizes.reduce((sum, s) => sum + pairCount(s, g.directed), 0);
      const between = pairCount(g.nodes, g.directed) - inside;
      return { nodes: g.nodes, edges: g.pIn * inside + g.pOut * between };
    }
    case 'configuration-model': {
      const max = effectiveMaxDegree(g.nodes, g.minDegree, g.maxDegree);
      return {
        nodes: g.nodes,
        edges: (g.nodes * meanPowerLawDegree(g.exponent, g.minDegree, max)) / 2,
      };
    }
    case 'karate-club':
      return { nodes: 34, edges: 78 };
    case 'caveman':
      return { nodes: g.cliques * g.size, edges: (g.cliques * g.size * (g.size - 1)) / 2 };
    case 'file':
      return null;
  }
}

/** Mean of P(k) ∝ k^−γ on [min, max]; an upper bound on the realised mean (erasing only removes edges). */
function meanPowerLawDegree(exponent: number, min: number, max: number): number {
  let weight = 0;
  let moment = 0;
  for (let k = min; k <= max; k++) {
    const w = k ** -exponent;
    weight += w;
    moment += k * w;
  }
  return moment / weight;
}
