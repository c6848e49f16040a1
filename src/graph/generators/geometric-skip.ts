import type { Rng } from '../../random/rng.ts';
import type { EdgeListBuilder } from '../edge-list-builder.ts';

/**
 * Bernoulli sampling of node pairs by geometric skipping (Batagelj and Brandes 2005,
 * "Efficient generation of large random networks", Phys. Rev. E 71, 036113): instead of one
 * coin per pair, draw how many pairs to skip until the next edge, Geometric(p). Cost is
 * O(pairs · p + 1) rather than O(pairs), so a sparse million-node graph takes linear time.
 */

/** Number of failures before the next success of a p-coin; log1p keeps tiny p accurate. */
function skip(rng: Rng, logQ: number): number {
  return Math.floor(Math.log1p(-rng()) / logQ);
}

/** Each pair {offset+w, offset+v} with w < v < offset+size becomes edge (w, v) with probability p. */
export function sampleTriangle(
  out: EdgeListBuilder,
  offset: number,
  size: number,
  p: number,
  rng: Rng,
): void {
  if (p <= 0 || size < 2) return;
  const logQ = Math.log1p(-p);
  let v = 1;
  let w = -1;
  while (v < size) {
    w += 1 + skip(rng, logQ);
    while (w >= v && v < size) {
      w -= v;
      v++;
    }
    if (v < size) out.add(offset + w, offset + v);
  }
}

/**
 * Each cell (r, c) of a rows × cols block becomes edge (rowOffset+r, colOffset+c) with
 * probability p. With `noDiagonal` (a block against itself) the pair r = c is left out: each
 * row then has cols − 1 cells and column c ≥ r stands for node c + 1.
 */
export function sampleRectangle(
  out: EdgeListBuilder,
  rowOffset: number,
  rows: number,
  colOffset: number,
  cols: number,
  p: number,
  rng: Rng,
  noDiagonal = false,
): void {
  const width = noDiagonal ? cols - 1 : cols;
  if (p <= 0 || rows < 1 || width < 1) return;
  const logQ = Math.log1p(-p);
  const total = rows * width; // < 2^53 for any graph that fits in memory
  let pos = -1;
  for (;;) {
    pos += 1 + skip(rng, logQ);
    if (pos >= total) return;
    const r = Math.floor(pos / width);
    let c = pos - r * width;
    if (noDiagonal && c >= r) c++;
    out.add(rowOffset + r, colOffset + c);
  }
}
