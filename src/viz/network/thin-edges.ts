import { createRng } from '../../random/rng.ts';

/** Most ties drawn per frame: beyond this a frame no longer fits in 33 ms on a laptop. */
export const MAX_DRAWN_EDGES = 60_000;

export interface EdgeSample {
  /** Indices of the edges to draw, ascending; null means draw them all. */
  readonly edges: Int32Array | null;
  /** Tells the reader the picture is thinned; null when every tie is drawn. */
  readonly notice: string | null;
}

const count = new Intl.NumberFormat('en-US');

export function thinningNotice(shown: number, total: number): string {
  return `Showing ${count.format(shown)} of ${count.format(total)} ties`;
}

/**
 * A uniform sample of exactly `cap` of the m edges, the same every time for the same m, so
 * the picture does not flicker between redraws or sessions. Selection sampling (Knuth's
 * algorithm S) keeps the indices in order, which keeps memory access sequential when drawing.
 */
export function thinEdges(m: number, cap: number = MAX_DRAWN_EDGES): EdgeSample {
  if (m <= cap) return { edges: null, notice: null };
  const rng = createRng('edge-thinning', m, cap);
  const edges = new Int32Array(cap);
  let chosen = 0;
  for (let e = 0; e < m && chosen < cap; e++) {
    if (rng() * (m - e) < cap - chosen) edges[chosen++] = e;
  }
  return { edges, notice: thinningNotice(cap, m) };
}
