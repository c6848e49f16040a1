import type { Rng } from '../../random/rng.ts';
import { EdgeListBuilder } from '../edge-list-builder.ts';
import type { Network } from '../network.ts';
import { sampleRectangle, sampleTriangle } from './geometric-skip.ts';
import { requireInteger, requireProbability } from './validate.ts';

export interface StochasticBlockOptions {
  /** Number of nodes in each community (block); nodes are numbered block after block. */
  sizes: readonly number[];
  /** Edge probability between two nodes of the same block. */
  pIn: number;
  /** Edge probability between nodes of different blocks. */
  pOut: number;
  /** Directed: u→v and v→u are drawn separately. Default false. */
  directed?: boolean;
  rng: Rng;
}

const MODEL = 'The stochastic block model';

/**
 * Planted communities (Holland, Laskey and Leinhardt 1983, Social Networks 5, 109): each
 * pair of nodes is linked independently, with probability pIn inside a block and pOut
 * between blocks. `community` holds each node's block index.
 *
 * Every block pair is sampled by Batagelj–Brandes geometric skipping, so the cost is
 * O(n + edges + blocks²), not O(n²): 100,000 nodes take well under a second.
 */
export function stochasticBlock(options: StochasticBlockOptions): Network {
  const { sizes, pIn, pOut, directed = false, rng } = options;
  if (sizes.length === 0) throw new RangeError(`${MODEL} needs at least one block in sizes.`);
  for (const [b, size] of sizes.entries()) requireInteger(MODEL, `sizes[${b}]`, size, 1);
  requireProbability(MODEL, 'pIn', pIn);
  requireProbability(MODEL, 'pOut', pOut);

  const starts: number[] = [];
  let n = 0;
  for (const size of sizes) {
    starts.push(n);
    n += size;
  }
  const community = new Int32Array(n);
  for (const [b, size] of sizes.entries()) community.fill(b, starts[b], starts[b] + size);

  let inside = 0;
  for (const size of sizes) inside += directed ? size * (size - 1) : (size * (size - 1)) / 2;
  const all = directed ? n * (n - 1) : (n * (n - 1)) / 2;
  const out = new EdgeListBuilder((inside * pIn + (all - inside) * pOut) * 1.05 + 16);

  for (let a = 0; a < sizes.length; a++) {
    if (directed) sampleRectangle(out, starts[a], sizes[a], starts[a], sizes[a], pIn, rng, true);
    else sampleTriangle(out, starts[a], sizes[a], pIn, rng);
    for (let b = directed ? 0 : a + 1; b < sizes.length; b++) {
      if (b !== a) sampleRectangle(out, starts[a], sizes[a], starts[b], sizes[b], pOut, rng);
    }
  }
  return out.toNetwork(n, directed, community);
}
