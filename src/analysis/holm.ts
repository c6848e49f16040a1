/**
 * Holm–Bonferroni adjusted p-values (Holm 1979, "A simple sequentially rejective multiple test
 * procedure", Scand. J. Statist. 6:65): with the m p-values sorted ascending, the i-th (from 0)
 * becomes max over j ≤ i of min(1, (m − j)·p_(j)). Rejecting where the adjusted value is ≤ α
 * keeps the chance of any false "significant" across all pairs at most α, with no assumption
 * about how the tests depend on each other. Returned in the input's order.
 */
export function holmAdjust(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((_, i) => i).sort((i, j) => pValues[i] - pValues[j] || i - j);
  const adjusted = new Array<number>(m);
  let running = 0;
  order.forEach((index, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * pValues[index]));
    adjusted[index] = running;
  });
  return adjusted;
}
