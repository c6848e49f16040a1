import { type Rng, randomInt } from '../../random/rng.ts';
import { EdgeListBuilder } from '../edge-list-builder.ts';
import type { Network } from '../network.ts';
import { requireInteger } from './validate.ts';

export interface BarabasiAlbertOptions {
  /** Number of nodes. */
  n: number;
  /** Edges each new node brings: its number of distinct targets. */
  m: number;
  /** The follower variant (see below). Default false. */
  directed?: boolean;
  rng: Rng;
}

const MODEL = 'Barabási–Albert';

/**
 * Growth with preferential attachment: nodes arrive one by one and link to m distinct
 * existing nodes chosen with probability proportional to their popularity. Degrees follow a
 * power law P(k) ∝ k^-3: a few hubs, many small accounts.
 *
 * Undirected (Barabási and Albert 1999, Science 286, 509): the network starts as a clique
 * of m + 1 nodes; each later node links to m distinct nodes chosen ∝ degree. Edges:
 * m(m + 1)/2 + m(n − m − 1). Every degree is ≥ m.
 *
 * Directed, the follower variant (Price 1976; Dorogovtsev, Mendes and Samukhin 2000,
 * attractiveness 1): the first m accounts follow nobody; each later account follows m
 * distinct older accounts chosen ∝ (followers + 1), the +1 letting accounts without
 * followers be found. Content flows from the followed to the follower, so the edge is
 * (followed → new account): edges point from older to newer nodes, every later account has
 * in-degree exactly m, and popular accounts get a high OUT-degree (many followers).
 * Edges: m(n − m).
 *
 * Both use the repeated-nodes list: a node appears in it once per unit of weight, so a
 * uniform pick from the list is a pick ∝ weight. O(n·m) time and memory; a repeated pick
 * is redrawn so a node never gets two edges to the same target.
 */
export function barabasiAlbert(options: BarabasiAlbertOptions): Network {
  const { n, m, directed = false, rng } = options;
  requireInteger(MODEL, 'n', n, 2);
  if (!Number.isInteger(m) || m < 1 || m >= n) {
    throw new RangeError(`${MODEL} needs m ≥ 1 and m < nodes (got m = ${m}, nodes = ${n}).`);
  }
  return directed ? followerGrowth(n, m, rng) : undirectedGrowth(n, m, rng);
}

function undirectedGrowth(n: number, m: number, rng: Rng): Network {
  const edges = (m * (m + 1)) / 2 + m * (n - m - 1);
  const out = new EdgeListBuilder(edges);
  const list = new Int32Array(2 * edges); // each edge puts both ends in: weight = degree
  let size = 0;
  for (let v = 1; v <= m; v++) {
    for (let u = 0; u < v; u++) {
      out.add(u, v);
      list[size++] = u;
      list[size++] = v;
    }
  }
  const targets = new Int32Array(m);
  const pickedBy = new Int32Array(n).fill(-1);
  for (let v = m + 1; v < n; v++) {
    pickDistinct(list, size, v, targets, pickedBy, rng);
    for (let j = 0; j < m; j++) {
      out.add(targets[j], v);
      list[size++] = targets[j];
      list[size++] = v;
    }
  }
  return out.toNetwork(n, false);
}

function followerGrowth(n: number, m: number, rng: Rng): Network {
  const out = new EdgeListBuilder(m * (n - m));
  const list = new Int32Array(n + m * (n - m)); // once per account, once per follower
  let size = 0;
  for (let v = 0; v < m; v++) list[size++] = v;
  const targets = new Int32Array(m);
  const pickedBy = new Int32Array(n).fill(-1);
  for (let v = m; v < n; v++) {
    pickDistinct(list, size, v, targets, pickedBy, rng);
    for (let j = 0; j < m; j++) {
      out.add(targets[j], v);
      list[size++] = targets[j];
    }
    list[size++] = v;
  }
  return out.toNetwork(n, true);
}

/** Fills targets with distinct nodes drawn from list[0..size); pickedBy marks picks by `v`. */
function pickDistinct(
  list: Int32Array,
  size: number,
  v: number,
  targets: Int32Array,
  pickedBy: Int32Array,
  rng: Rng,
): void {
  for (let j = 0; j < targets.length; ) {
    const t = list[randomInt(rng, size)];
    if (pickedBy[t] === v) continue;
    pickedBy[t] = v;
    targets[j++] = t;
  }
}
