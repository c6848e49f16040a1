/** Chi-square goodness of fit against equal expected counts, and an upper critical value. */

export function chiSquareUniform(counts: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < counts.length; i++) total += counts[i];
  const expected = total / counts.length;
  let chi = 0;
  for (let i = 0; i < counts.length; i++) chi += (counts[i] - expected) ** 2 / expected;
  return chi;
}

/**
 * Upper critical value of χ² with `dof` degrees of freedom at standard-normal quantile z, by
 * the Wilson–Hilferty cube approximation (accurate to a few tenths of a percent for dof ≥ 30).
 * z = 4.75 is a one-sided tail of 1e-6.
 */
export function chiSquareCritical(dof: number, z = 4.75): number {
  const a = 2 / (9 * dof);
  return dof * (1 - a + z * Math.sqrt(a)) ** 3;
}
