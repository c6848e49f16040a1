import { UndirectedGraph } from 'graphology';
import cavemanGraph from 'graphology-generators/community/caveman.js';
import connectedCavemanGraph from 'graphology-generators/community/connected-caveman.js';
import type { Rng } from '../../random/rng.ts';
import { fromGraphology } from '../io/graphology.ts';
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
 * extreme of strong clustered ties with a few bridges. From graphology-generators.
 */
export function caveman(options: CavemanOptions): Network {
  const { cliques, size, connected = false } = options;
  requireInteger(MODEL, 'cliques', cliques, connected ? 2 : 1);
  requireInteger(MODEL, 'size', size, 2);
  const graph = (connected ? connectedCavemanGraph : cavemanGraph)(UndirectedGraph, cliques, size);
  const cave = (key: string) => Math.floor(Number(key) / size);
  return { ...fromGraphology(graph), community: Int32Array.from(graph.nodes(), cave) };
}
