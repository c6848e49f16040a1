import { type Rng, randomInt } from '../../random/rng.ts';
import { requireInteger } from './validate.ts';

export interface PowerLawDegreeSequenceOptions {
  /** Number of nodes. */
  n: number;
  /** γ in P(k) ∝ k^-γ; social networks are usually reported between 2 and 3. */
  exponent: number;
  minDegree: number;
  maxDegree: number;
  rng: Rng;
}

const MODEL = 'A power-law degree sequence';

/**
 * n independent degrees with P(k) ∝ k^-exponent on [minDegree, maxDegree], by inverse
 * transform on the tabulated distribution (binary search: O(n log(maxDegree − minDegree))).
 * If the sum is odd, one random node's degree moves by one inside the range, because stubs
 * pair up two by two; with minDegree = maxDegree and n·degree odd no even sum exists.
 */
export function powerLawDegreeSequence(options: PowerLawDegreeSequenceOptions): Int32Array {
  const { n, exponent, minDegree, maxDegree, rng } = options;
  requireInteger(MODEL, 'n', n, 1);
  if (!(exponent > 0) || !Number.isFinite(exponent)) {
    throw new RangeError(
      `${MODEL} needs a positive exponent, usually between 2 and 3 (got exponent = ${exponent}).`,
    );
  }
  requireInteger(MODEL, 'minDegree', minDegree, 1);
  requireInteger(MODEL, 'maxDegree', maxDegree, minDegree);

  const span = maxDegree - minDegree + 1;
  const cdf = new Float64Array(span);
  let total = 0;
  for (let i = 0; i < span; i++) {
    total += (minDegree + i) ** -exponent;
    cdf[i] = total;
  }
  const degrees = new Int32Array(n);
  let sum = 0;
  for (let v = 0; v < n; v++) {
    const x = rng() * total;
    let lo = 0;
    let hi = span - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cdf[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    degrees[v] = minDegree + lo;
    sum += degrees[v];
  }
  if (sum % 2 === 1) {
    if (minDegree === maxDegree) {
      throw new RangeError(
        `${MODEL} cannot give ${n} nodes ${minDegree} links each: the degree sum must be even (make n or the degree even).`,
      );
    }
    const v = randomInt(rng, n);
    degrees[v] += degrees[v] < maxDegree ? 1 : -1;
  }
  return degrees;
}
