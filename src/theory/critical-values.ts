import { wattsCascadeCondition } from './watts.ts';

/**
 * The propagation power at which the network's transmissibility T reaches the percolation
 * threshold T_c. IC: T = power × w̄ (mean tie strength w̄), so power_c = T_c / w̄. SIR with
 * interest decay γ: T = p / (p + γ − pγ) with p = power × w̄ (docs/models.md), solved for p:
 * p_c = T_c·γ / (1 − T_c·(1 − γ)), the inverse of transmissibility (transmissibility.ts).
 * Infinity when no power reaches it.
 */
export function criticalPower(
  thresholdT: number,
  options: { recovery?: number; meanTieStrength?: number } = {},
): number {
  const { recovery = 1, meanTieStrength = 1 } = options;
  if (!(thresholdT < 1)) return thresholdT === 1 ? 1 / meanTieStrength : Infinity;
  const p = (thresholdT * recovery) / (1 - thresholdT * (1 - recovery));
  return p / meanTieStrength;
}

/**
 * The largest fraction threshold φ at which Watts' (2002) cascade condition holds for this
 * degree distribution: global cascades are possible for φ at or below it, impossible above.
 * The condition only changes where φ crosses 1/k, so those are the only values to try.
 * Returns 0 when no φ > 0 allows cascades.
 */
export function wattsCriticalPhi(degreeDistribution: readonly number[]): number {
  for (let k = 1; k < degreeDistribution.length; k++) {
    if (wattsCascadeCondition(degreeDistribution, 1 / k).cascades) return 1 / k;
  }
  return 0;
}
