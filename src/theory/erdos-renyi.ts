import { requireInRange } from './check.ts';

/** Percolation threshold on an Erdős–Rényi graph of mean degree z: ⟨k²⟩ = z² + z gives T_c = 1/z. */
export function erdosRenyiThreshold(z: number): number {
  requireInRange('z', z, 0);
  return z > 0 ? 1 / z : Infinity;
}

/**
 * Expected final outbreak fraction S on a large Erdős–Rényi graph of mean degree z with
 * transmissibility T: the largest root in [0, 1] of
 *
 *   S = 1 − exp(−z·T·S)
 *
 * (Newman 2002, Phys. Rev. E 66, 016128, Poisson case; the classical SIR final-size relation).
 * It is exactly 0 when z·T ≤ 1. For one seed, the probability of a large outbreak is also S
 * (on ER the outbreak-size and outbreak-probability equations coincide).
 *
 * Newton's method on f(S) = S − 1 + exp(−cS) from S = 1: f is convex and positive there,
 * so the iterates decrease monotonically onto the largest root, to machine precision.
 */
export function erdosRenyiFinalSize(z: number, T: number): number {
  requireInRange('z', z, 0);
  requireInRange('T', T, 0, 1);
  const c = z * T;
  if (c <= 1) return 0;
  let s = 1;
  for (let i = 0; i < 200; i++) {
    const e = Math.exp(-c * s);
    const next = s - (s - 1 + e) / (1 - c * e);
    if (!(next < s)) break; // monotone descent ended: converged to rounding
    s = next;
  }
  return s;
}
