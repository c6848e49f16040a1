/**
 * The compact network every part of Ripple shares: nodes 0..n-1 and edges in typed arrays.
 * Generators write it directly (graphology needed 26 s and 1.4 GB for a 1M-node graph here,
 * typed arrays a fraction of that); graphology is the interchange and analysis layer
 * (see toGraphology / fromGraphology).
 *
 * Direction: an edge u→v means v follows u, so content flows from u to v. In an undirected
 * network (friendships) each edge is stored once and content flows both ways.
 */
export const NODE_KINDS = ['person', 'opinion-leader', 'brand', 'bot'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** Index of each kind in NODE_KINDS, for the `kind` array. */
export const KIND = { person: 0, 'opinion-leader': 1, brand: 2, bot: 3 } as const satisfies Record<
  NodeKind,
  number
>;

export interface Network {
  readonly n: number;
  readonly directed: boolean;
  /** Edge sources and targets, one entry per edge. */
  readonly src: Int32Array;
  readonly dst: Int32Array;
  /** Tie strength per edge in (0, 1]; null means every tie has strength 1. */
  readonly weight: Float64Array | null;
  /** Node kind per node, an index into NODE_KINDS. */
  readonly kind: Uint8Array;
  /** Community per node (planted or detected); -1 where unknown; null when none is known. */
  readonly community: Int32Array | null;
  /** Labels of imported nodes; null means the labels are the indices themselves. */
  readonly labels: readonly string[] | null;
}

/** Number of edges. */
export function edgeCount(network: Network): number {
  return network.src.length;
}

/** The label a person sees for node i. */
export function nodeLabel(network: Network, i: number): string {
  return network.labels ? network.labels[i] : String(i);
}
