/**
 * Weighted isotonic (non-decreasing) regression by pool-adjacent-violators (Ayer et al. 1955;
 * Barlow et al. 1972, "Statistical inference under order restrictions"). P(global) cannot fall
 * as power or seeds grow (each run is a fixed live-edge graph, docs/models.md), so a dip in the
 * measured curve is noise; this is the least-squares monotone curve through it, with each point
 * weighted by its number of runs.
 */
export function isotonicFit(values: readonly number[], weights: readonly number[]): number[] {
  const blocks: { mean: number; weight: number; count: number }[] = [];
  values.forEach((v, i) => {
    blocks.push({ mean: v, weight: weights[i], count: 1 });
    while (blocks.length > 1 && blocks[blocks.length - 2].mean > blocks[blocks.length - 1].mean) {
      const b = blocks.pop()!;
      const a = blocks[blocks.length - 1];
      const weight = a.weight + b.weight;
      a.mean =
        weight > 0 ? (a.mean * a.weight + b.mean * b.weight) / weight : (a.mean + b.mean) / 2;
      a.weight = weight;
      a.count += b.count;
    }
  });
  return blocks.flatMap((b) => new Array<number>(b.count).fill(b.mean));
}
