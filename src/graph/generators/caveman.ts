import type { Rng } from '../../random/rng.ts';
import { EdgeListBuilder } from '../edge-list-builder.ts';
import type { Network } from '../network.ts';
import { requireInteger } from './validate.ts';

export interface CavemanOptions {
  /** Number of cliques ("caves"). */
  cliques: number;
  /** People per clique. */
  size: number;
  /** Connected variant: each cave gives up one inner edge to link to the next, in a ring. */
  connected?: boolean;
  /** Accepted so every generator takes the same options; the caveman graph is not random. */
  rng?: Rng;
}

const MODEL = 'The caveman graph';

/**
 * The (connected) caveman graph (Watts 1999, Am. J. Sociol. 105, 493): `cliques` complete
 * groups of `size` people, nodes numbered cave after cave, community = cave index. The
 * plain graph has cliques·size(size − 1)/2 edges and no link between caves; the connected
 * one has the same number of edges, one per cave rewired to join the caves in a ring, the
 * extreme of strong clustered ties with a few bridges. Edges in graphology-generators' order
 * (tested): cave by cave, the connected variant dropping each cave's edge between its first
 * two people and linking its first person to the previous cave's last, then 0 to the very last.
 */
export function caveman(options: CavemanOptions): Network {
  const { cliques, size, connected = false } = options;
  requireInteger(MODEL, 'cliques', cliques, connected ? 2 : 1);
  requireInteger(MODEL, 'size', size, 2);
  const n = cliques * size;
  const edges = new EdgeListBuilder((cliques * size * (size - 1)) / 2);
  for (let first = 0; first < n; first += size) {
    for (let u = first; u < first + size; u++)
      for (let v = u + 1; v < first + size; v++)
        if (!connected || u !== first || v !== first + 1) edges.add(u, v);
    if (connected && first > 0) edges.add(first, first - 1);
  }
  if (connected) edges.add(0, n - 1);
  const cave = Int32Array.from({ length: n }, (_, v) => Math.floor(v / size));
  return edges.toNetwork(n, false, cave);
}
