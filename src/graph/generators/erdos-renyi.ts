import { type Rng, randomInt } from '../../random/rng.ts';
import { EdgeListBuilder } from '../edge-list-builder.ts';
import type { Network } from '../network.ts';
import { EdgeCodeSet, edgeCode } from './edge-code-set.ts';
import { sampleRectangle, sampleTriangle } from './geometric-skip.ts';
import { requireInteger, requireProbability } from './validate.ts';

export interface ErdosRenyiOptions {
  /** Number of nodes. */
  n: number;
  /** G(n, p): each possible edge exists independently with probability p. */
  p?: number;
  /** G(n, m): exactly m distinct edges, uniformly among all such graphs. */
  m?: number;
  /** Directed: u→v and v→u are different pairs. Default false. */
  directed?: boolean;
  rng: Rng;
}

const MODEL = 'Erdős–Rényi';

/**
 * The Erdős–Rényi random graph (Erdős and Rényi 1959; Gilbert 1959), without self-loops.
 * Give exactly one of `p` (G(n, p), mean degree z = p(n − 1) undirected) or `m` (G(n, m)).
 *
 * G(n, p) uses Batagelj–Brandes geometric skipping: O(n + edges).
 * G(n, m) draws random pairs and keeps new ones in a hash set of edge codes: O(n + m)
 * expected. When m is more than half of all pairs it draws the missing pairs instead, so
 * rejections stay below one in two.
 */
export function erdosRenyi(options: ErdosRenyiOptions): Network {
  const { n, p, m, directed = false, rng } = options;
  requireInteger(MODEL, 'n', n, 1);
  if ((p === undefined) === (m === undefined)) {
    throw new RangeError(`${MODEL} needs exactly one of p (edge probability) or m (edge count).`);
  }
  const pairs = directed ? n * (n - 1) : (n * (n - 1)) / 2;
  if (p !== undefined) {
    requireProbability(MODEL, 'p', p);
    const out = new EdgeListBuilder(pairs * p * 1.05 + 16);
    if (directed) sampleRectangle(out, 0, n, 0, n, p, rng, true);
    else sampleTriangle(out, 0, n, p, rng);
    return out.toNetwork(n, directed);
  }
  requireInteger(MODEL, 'm', m as number, 0, pairs);
  return exactEdgeCount(n, m as number, pairs, directed, rng);
}

function exactEdgeCount(n: number, m: number, pairs: number, directed: boolean, rng: Rng): Network {
  const complement = m > pairs / 2;
  const drawn = complement ? pairs - m : m;
  const seen = new EdgeCodeSet(drawn);
  const out = new EdgeListBuilder(complement ? 0 : m);
  for (let count = 0; count < drawn; ) {
    const u = randomInt(rng, n);
    const v = randomInt(rng, n);
    if (u === v || !seen.add(edgeCode(u, v, n, directed))) continue;
    count++;
    if (complement) continue; // only the set matters: it lists the pairs to leave out
    if (directed || u < v) out.add(u, v);
    else out.add(v, u);
  }
  if (!complement) return out.toNetwork(n, directed);
  const full = new EdgeListBuilder(m);
  for (let u = 0; u < n; u++) {
    for (let v = directed ? 0 : u + 1; v < n; v++) {
      if (u !== v && !seen.has(edgeCode(u, v, n, directed))) full.add(u, v);
    }
  }
  return full.toNetwork(n, directed);
}
