import { type Rng, randomInt } from '../../random/rng.ts';
import { KIND, type Network } from '../network.ts';

export interface KindOptions {
  /** How many of the most-followed nodes become opinion leaders (KOLs). */
  opinionLeaders: number;
  /** How many brand accounts, chosen at random among the others. */
  brands: number;
  /** Fraction of the remaining people that are bots (fake followers), in [0, 1]. */
  botShare: number;
}

/**
 * A copy of the network with node kinds set (any earlier kinds are replaced; the input is
 * not changed, and the copy shares its other arrays):
 * - the `opinionLeaders` nodes with the most followers, i.e. the highest out-degree (degree
 *   if undirected), ties going to the lower index, become 'opinion-leader';
 * - `brands` nodes drawn at random from the rest become 'brand';
 * - round(botShare × the rest) nodes drawn at random from what is left become 'bot':
 *   accounts that follow and inflate counts but never pass content on (the engine
 *   enforces that);
 * - everyone else is a 'person'.
 * O(n + edges): a counting sort by degree, then a partial Fisher–Yates shuffle.
 */
export function assignKinds(network: Network, options: KindOptions, rng: Rng): Network {
  const { opinionLeaders, brands, botShare } = options;
  const { n } = network;
  for (const [name, value] of [
    ['opinionLeaders', opinionLeaders],
    ['brands', brands],
  ] as const) {
    if (!Number.isInteger(value) || value < 0) {
      throw new RangeError(
        `Node kinds need ${name} to be a whole number ≥ 0 (got ${name} = ${value}).`,
      );
    }
  }
  if (opinionLeaders + brands > n) {
    throw new RangeError(
      `Node kinds need opinionLeaders + brands ≤ nodes (got ${opinionLeaders} + ${brands} for ${n} nodes).`,
    );
  }
  if (!(botShare >= 0 && botShare <= 1)) {
    throw new RangeError(`Node kinds need botShare between 0 and 1 (got botShare = ${botShare}).`);
  }

  const order = byFollowersDescending(network);
  const kind = new Uint8Array(n);
  for (let i = 0; i < opinionLeaders; i++) kind[order[i]] = KIND['opinion-leader'];
  const others = order.subarray(opinionLeaders); // a view: shuffling it leaves the leaders alone
  const bots = Math.round(botShare * (others.length - brands));
  for (let i = 0; i < brands + bots; i++) {
    const j = i + randomInt(rng, others.length - i);
    const t = others[j];
    others[j] = others[i];
    others[i] = t;
    kind[t] = i < brands ? KIND.brand : KIND.bot;
  }
  return { ...network, kind };
}

/** Nodes by out-degree (degree if undirected), highest first, lower index first on ties. */
function byFollowersDescending(network: Network): Int32Array {
  const { n, src, dst, directed } = network;
  const degree = new Int32Array(n);
  for (let e = 0; e < src.length; e++) {
    degree[src[e]]++;
    if (!directed) degree[dst[e]]++;
  }
  let maxDegree = 0;
  for (let v = 0; v < n; v++) if (degree[v] > maxDegree) maxDegree = degree[v];
  // Counting sort on rank = maxDegree − degree, so rank 0 is the most followed.
  const slot = new Int32Array(maxDegree + 2);
  for (let v = 0; v < n; v++) slot[maxDegree - degree[v] + 1]++;
  for (let d = 0; d <= maxDegree; d++) slot[d + 1] += slot[d];
  const order = new Int32Array(n);
  for (let v = 0; v < n; v++) order[slot[maxDegree - degree[v]]++] = v; // stable: index order kept
  return order;
}
