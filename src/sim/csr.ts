/**
 * Compressed sparse row index of the arcs content can travel along, built once per network.
 * The engine's hot loops read only these typed arrays. The input is structural (any object
 * with these fields, such as a graph Network), so the core never imports graph code.
 */
export interface CsrInput {
  readonly n: number;
  readonly directed: boolean;
  readonly src: Int32Array;
  readonly dst: Int32Array;
  readonly weight: Float64Array | null;
}

export interface Csr {
  readonly n: number;
  readonly directed: boolean;
  /** Arcs of node u are offsets[u] .. offsets[u+1]-1. */
  readonly offsets: Int32Array;
  /** Arc targets: who sees u's share. */
  readonly targets: Int32Array;
  /** Tie strength per arc; null when every tie has strength 1. */
  readonly weights: Float64Array | null;
  /** In-degree per node (arcs into it). */
  readonly inDegree: Int32Array;
}

/** Undirected edges become two arcs; arcs keep the input's edge order within each node. */
export function buildCsr(input: CsrInput): Csr {
  const { n, directed, src, dst, weight } = input;
  const m = src.length;
  const arcs = directed ? m : 2 * m;
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    offsets[src[e] + 1]++;
    if (!directed) offsets[dst[e] + 1]++;
  }
  for (let u = 0; u < n; u++) offsets[u + 1] += offsets[u];
  const cursor = offsets.slice(0, n);
  const targets = new Int32Array(arcs);
  const weights = weight ? new Float64Array(arcs) : null;
  const inDegree = new Int32Array(n);
  const place = (u: number, v: number, w: number): void => {
    const a = cursor[u]++;
    targets[a] = v;
    if (weights) weights[a] = w;
    inDegree[v]++;
  };
  for (let e = 0; e < m; e++) {
    const w = weight ? weight[e] : 1;
    place(src[e], dst[e], w);
    if (!directed) place(dst[e], src[e], w);
  }
  return { n, directed, offsets, targets, weights, inDegree };
}

export function outDegree(csr: Csr, u: number): number {
  return csr.offsets[u + 1] - csr.offsets[u];
}
