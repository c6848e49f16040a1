import type { Network } from '../network.ts';
import { type GraphParseResult, plural } from './errors.ts';

/** A network as read from a file, before self-loops and duplicate edges are dealt with. */
export interface NetworkDraft {
  directed: boolean;
  src: Int32Array;
  dst: Int32Array;
  /** Tie strengths; null when the file gave none. */
  weight: Float64Array | null;
  /** One entry per node: its length is the number of nodes. */
  kind: Uint8Array;
  community: Int32Array | null;
  /** Node labels; null when the nodes are simply 0..n−1. */
  labels: string[] | null;
}

/**
 * Turns a draft into a Network, applying the rules every importer shares:
 * - self-loops are dropped (content cannot flow to its own author), with a warning;
 * - duplicate edges are merged into one, keeping the strongest tie, with a warning
 *   (in an undirected network u–v and v–u are the same edge);
 * - weights that are all 1 become null, and labels "0", "1", … in order become null,
 *   so a round trip through any format gives the same Network.
 * Edges keep their file order. Runs in O(n + m): edges are bucketed by their smaller endpoint
 * and a per-node stamp finds repeats, with no sorting and no per-edge objects.
 */
export function assembleNetwork(draft: NetworkDraft): GraphParseResult {
  const { directed, src, dst, weight } = draft;
  const n = draft.kind.length;
  const m = src.length;
  const keep = new Uint8Array(m);
  const warnings: string[] = [];

  // Bucket edges by key endpoint a (the source; for undirected edges the smaller end).
  const start = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) start[keyEnd(src[e], dst[e], directed) + 1]++;
  for (let i = 0; i < n; i++) start[i + 1] += start[i];
  const fill = start.slice(0, n);
  const order = new Int32Array(m);
  for (let e = 0; e < m; e++) order[fill[keyEnd(src[e], dst[e], directed)]++] = e;

  const stamp = new Int32Array(n).fill(-1);
  const firstEdge = new Int32Array(n);
  let loops = 0;
  let duplicates = 0;
  for (let a = 0; a < n; a++) {
    for (let j = start[a]; j < start[a + 1]; j++) {
      const e = order[j];
      const b = src[e] === a ? dst[e] : src[e];
      if (b === a) {
        loops++;
      } else if (stamp[b] === a) {
        duplicates++;
        const kept = firstEdge[b];
        if (weight && weight[e] > weight[kept]) weight[kept] = weight[e];
      } else {
        stamp[b] = a;
        firstEdge[b] = e;
        keep[e] = 1;
      }
    }
  }
  if (loops > 0)
    warnings.push(
      `dropped ${plural(loops, 'self-loop')} (a node linked to itself: content cannot flow to its own author)`,
    );
  if (duplicates > 0)
    warnings.push(
      `merged ${plural(duplicates, 'duplicate edge')} into one, keeping the strongest tie`,
    );

  const kept = m - loops - duplicates;
  const out = {
    src: new Int32Array(kept),
    dst: new Int32Array(kept),
    weight: weight ? new Float64Array(kept) : null,
  };
  for (let e = 0, k = 0; e < m; e++) {
    if (!keep[e]) continue;
    out.src[k] = src[e];
    out.dst[k] = dst[e];
    if (out.weight) out.weight[k] = weight![e];
    k++;
  }
  const network: Network = {
    n,
    directed,
    src: out.src,
    dst: out.dst,
    weight: out.weight?.some((w) => w !== 1) ? out.weight : null,
    kind: draft.kind,
    community: draft.community,
    labels: draft.labels?.every((label, i) => label === String(i)) === false ? draft.labels : null,
  };
  return { network, warnings };
}

function keyEnd(u: number, v: number, directed: boolean): number {
  return directed || u < v ? u : v;
}
