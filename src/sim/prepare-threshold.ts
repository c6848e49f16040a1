import type { Csr } from './csr.ts';
import type { ThresholdRule } from './model-spec.ts';
import type { PreparedThreshold } from './prepared-model.ts';

/** Tie strengths become whole multiples of 2^-20 for LT, so that pulls add up exactly. */
const TIE_UNITS = 2 ** 20;

/**
 * Compiles LT's rule. With unit ties the fraction rule becomes a whole count per node (the
 * smallest c with c / k ≥ φ, compared as written), so runs add integers and never divide.
 * With tie strengths, pulls are integer units: summing floats would make "share ≥ φ" depend
 * on the order pushes arrive (0.3 + 0.2 + 0.1 ≠ 0.1 + 0.2 + 0.3).
 */
export function prepareThreshold(
  csr: Csr,
  rule: ThresholdRule,
  silent: Uint8Array | null,
): PreparedThreshold {
  if (rule.rule === 'count')
    return {
      kind: 'threshold',
      increment: null,
      denominator: null,
      threshold: { kind: 'fixed', value: rule.count },
      silent,
    };
  if (!csr.weights) {
    if (rule.rule === 'fraction') {
      const values = Float64Array.from(csr.inDegree, (k) => smallestCount(k, rule.phi));
      return {
        kind: 'threshold',
        increment: null,
        denominator: null,
        threshold: { kind: 'per-node', values },
        silent,
      };
    }
    return {
      kind: 'threshold',
      increment: null,
      denominator: Float64Array.from(csr.inDegree),
      threshold: { kind: 'random' },
      silent,
    };
  }
  const increment = Float64Array.from(csr.weights, (w) => Math.max(1, Math.round(w * TIE_UNITS)));
  const denominator = new Float64Array(csr.n);
  for (let a = 0; a < increment.length; a++) denominator[csr.targets[a]] += increment[a];
  const threshold =
    rule.rule === 'fraction'
      ? ({ kind: 'fixed', value: rule.phi } as const)
      : ({ kind: 'random' } as const);
  return { kind: 'threshold', increment, denominator, threshold, silent };
}

/** The smallest whole c in 1..k+1 with c / k ≥ φ (k + 1: never, since at most k can be active). */
function smallestCount(k: number, phi: number): number {
  if (k === 0) return 1;
  let c = Math.max(1, Math.ceil(phi * k));
  while (c > 1 && (c - 1) / k >= phi) c--;
  while (c <= k && c / k < phi) c++;
  return c;
}
