/** Descriptive statistics for ensembles. Inputs are in run order, so sums are bit-reproducible. */

export interface Summary {
  readonly mean: number;
  /** Sample standard deviation (n − 1 in the denominator); 0 for a single value. */
  readonly sd: number;
  readonly min: number;
  readonly max: number;
  readonly quantiles: {
    readonly p05: number;
    readonly p25: number;
    readonly p50: number;
    readonly p75: number;
    readonly p95: number;
  };
  /** 95% confidence interval of the mean: mean ± 1.96·sd/√n (normal approximation). */
  readonly ci95: readonly [number, number];
}

export function mean(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return values.length ? sum / values.length : NaN;
}

export function sampleSd(values: ArrayLike<number>, m = mean(values)): number {
  if (values.length < 2) return 0;
  let sq = 0;
  for (let i = 0; i < values.length; i++) sq += (values[i] - m) ** 2;
  return Math.sqrt(sq / (values.length - 1));
}

/** Quantile q of ascending `sorted` by linear interpolation (Hyndman and Fan type 7, R's default). */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return NaN;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

export function summarize(values: ArrayLike<number>): Summary {
  const sorted = Float64Array.from(values).sort();
  const m = mean(values);
  const sd = sampleSd(values, m);
  const half = values.length ? (1.96 * sd) / Math.sqrt(values.length) : NaN;
  const q = (p: number): number => quantileSorted(sorted, p);
  return {
    mean: m,
    sd,
    min: sorted.length ? sorted[0] : NaN,
    max: sorted.length ? sorted[sorted.length - 1] : NaN,
    quantiles: { p05: q(0.05), p25: q(0.25), p50: q(0.5), p75: q(0.75), p95: q(0.95) },
    ci95: [m - half, m + half],
  };
}

/**
 * Wilson score interval for a proportion (Wilson 1927): unlike p ± 1.96·√(p(1−p)/n) it stays
 * inside [0, 1] and is honest at p = 0 or 1, which is exactly where P(global) sits far from the
 * tipping point.
 */
export function wilsonInterval(successes: number, trials: number, z = 1.96): [number, number] {
  if (trials === 0) return [0, 1];
  const p = successes / trials;
  const z2 = z * z;
  const centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
  const half =
    (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / (1 + z2 / trials);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

export interface Histogram {
  /** Bin i counts values in [edges[i], edges[i+1]); the last bin also holds `max`. */
  readonly edges: number[];
  readonly counts: number[];
}

/**
 * Equal-width histogram of values on [0, max] (final sizes: max = number of nodes). Values are
 * placed by searching the edges themselves, so a bin always holds exactly what its edges say
 * (dividing by the width instead misplaces values where i × width rounds).
 */
export function histogram(values: ArrayLike<number>, max: number, bins: number): Histogram {
  const edges = Array.from({ length: bins + 1 }, (_, i) => (i * max) / bins);
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < values.length; i++) {
    let lo = 0;
    let hi = bins - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (edges[mid] <= values[i]) lo = mid;
      else hi = mid - 1;
    }
    counts[lo]++;
  }
  return { edges, counts };
}
