import { requireInRange } from './check.ts';

/**
 * The Poisson degree distribution of an Erdős–Rényi graph, p_k = e^(−z) z^k / k!, for
 * k = 0..kMax (index = k). Computed in log space so large z does not underflow e^(−z).
 */
export function poissonDegreeDistribution(z: number, kMax: number): number[] {
  requireInRange('z', z, 0);
  requireInRange('kMax', kMax, 0);
  const p = new Array<number>(Math.floor(kMax) + 1);
  if (z === 0) return p.fill(0).fill(1, 0, 1);
  const logZ = Math.log(z);
  let logP = -z;
  for (let k = 0; k < p.length; k++) {
    if (k > 0) logP += logZ - Math.log(k);
    p[k] = Math.exp(logP);
  }
  return p;
}

/** A kMax beyond which the Poisson(z) tail mass is negligible (< 1e-15) for any z. */
export function poissonTailCutoff(z: number): number {
  return Math.ceil(z + 12 * Math.sqrt(z) + 40);
}
