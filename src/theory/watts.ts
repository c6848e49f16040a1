import { requireInRange } from './check.ts';
import { poissonDegreeDistribution, poissonTailCutoff } from './poisson.ts';

export interface WattsCascadeResult {
  /** Σ_k k(k−1)·ρ_k·p_k, the mean number of vulnerable "next" neighbours times z. */
  lhs: number;
  /** Mean degree z = Σ_k k·p_k. */
  z: number;
  /** lhs > z: the vulnerable cluster percolates, so a single seed can start a global cascade. */
  cascades: boolean;
}

/**
 * A node of degree k is vulnerable (one active neighbour is enough) iff 1/k ≥ φ; written as in
 * the LT engine's rule "active/k ≥ φ" with active = 1, so theory and simulation agree at ties
 * such as φ = 0.2, k = 5. Degree 0 is never vulnerable (nothing can reach it).
 */
export function isVulnerable(k: number, phi: number): boolean {
  return k > 0 && 1 / k >= phi;
}

/**
 * Watts (2002) cascade condition for the threshold model with one fraction φ for everybody:
 *
 *   Σ_k k(k−1)·ρ_k·p_k > z,   ρ_k = 1 if φ ≤ 1/k, else 0
 *
 * D. J. Watts, "A simple model of global cascades on random networks", PNAS 99(9), 5766–5771
 * (2002), cascade condition G0''(1) = z. `degreeDistribution[k]` is p_k.
 */
export function wattsCascadeCondition(
  degreeDistribution: readonly number[],
  phi: number,
): WattsCascadeResult {
  requireInRange('phi', phi, 0, 1);
  let lhs = 0;
  let z = 0;
  degreeDistribution.forEach((p, k) => {
    requireInRange(`p_${k}`, p, 0, 1);
    z += k * p;
    if (isVulnerable(k, phi)) lhs += k * (k - 1) * p;
  });
  return { lhs, z, cascades: lhs > z };
}

function cascadesOnPoisson(z: number, phi: number): boolean {
  return wattsCascadeCondition(poissonDegreeDistribution(z, poissonTailCutoff(z)), phi).cascades;
}

/** Bisection between a z where cascades = `atLow` and one where it is not, to 1e-10. */
function boundary(low: number, high: number, phi: number, atLow: boolean): number {
  while (high - low > 1e-10) {
    const mid = (low + high) / 2;
    if (cascadesOnPoisson(mid, phi) === atLow) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/**
 * The cascade window of Watts (2002), Fig. 1: the range zLow < z < zHigh of mean degree for
 * which the condition holds on Erdős–Rényi (Poisson) graphs with threshold φ. Below zLow the
 * network falls apart; above zHigh nodes have too many neighbours to be tipped by one.
 * Scans `steps` equal intervals of [zMin, zMax], then refines both edges by bisection; an
 * edge that lies outside the scanned range is reported as zMin or zMax. Returns null when no
 * grid point cascades (e.g. φ > 1/4, where the window has closed).
 */
export function wattsCascadeWindow(
  phi: number,
  { zMin = 0, zMax = 20, steps = 2000 }: { zMin?: number; zMax?: number; steps?: number } = {},
): { zLow: number; zHigh: number } | null {
  requireInRange('zMin', zMin, 0, zMax);
  requireInRange('steps', steps, 1);
  const at = (i: number) => zMin + ((zMax - zMin) * i) / steps;
  let first = -1;
  let last = -1;
  for (let i = 0; i <= steps; i++) {
    if (!cascadesOnPoisson(at(i), phi)) continue;
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0) return null;
  return {
    zLow: first === 0 ? zMin : boundary(at(first - 1), at(first), phi, false),
    zHigh: last === steps ? zMax : boundary(at(last), at(last + 1), phi, true),
  };
}
