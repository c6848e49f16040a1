/**
 * The chance that content eventually crosses an edge whose per-step chance is p, when the
 * sharer stops after each step of sharing with probability γ (`recovery`; γ = 1 shares once,
 * the independent cascade). Summed over the geometric sharing period L:
 *
 *   T = 1 − Σ_{L≥1} γ(1−γ)^{L−1} (1 − p)^L = p / (p + γ − pγ)
 *
 * Newman (2002), "Spread of epidemic disease on networks", Phys. Rev. E 66, 016128: SIR is bond
 * percolation with this transmissibility. criticalPower (critical-values.ts) is its inverse.
 */
export function transmissibility(p: number, recovery: number): number {
  return recovery === 1 || p === 0 ? p : p / (p + recovery - p * recovery); // IC exactly, without rounding
}
