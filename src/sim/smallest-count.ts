/**
 * The smallest whole count c ≥ 1 with c / total ≥ share, compared as written rather than
 * through ceil(share × total): 0.07 × 100 is 7.000000000000001 in floating point, whose ceiling
 * is 8, yet 7 / 100 ≥ 0.07 holds. It is the reach a run needs to count as global and, with
 * share φ and total k, the friends LT's fraction rule needs ("active / k ≥ φ").
 */
export function smallestCountReaching(share: number, total: number): number {
  let c = Math.ceil(share * total);
  while (c > 1 && (c - 1) / total >= share) c--;
  while (c / total < share) c++;
  return Math.max(1, c);
}
