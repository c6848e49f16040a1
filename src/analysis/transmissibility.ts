import type { ModelSpec } from '../sim/model-spec.ts';

/**
 * The chance that content eventually passes along an edge, as a function of propagation power
 * (Newman 2002: IC and SIR are bond percolation with this occupation probability). IC:
 * T = min(1, power × w̄). SIR with interest decay γ: T = p / (p + γ − pγ), p = min(1, power × w̄)
 * (docs/models.md). Uses the mean tie strength w̄: exact for IC (T is linear in w), an
 * approximation for SIR when tie strengths vary. Null for LT, where power does not enter.
 */
export function transmissibility(
  model: ModelSpec,
  meanTieStrength: number,
): ((power: number) => number) | null {
  if (model.model === 'linear-threshold') return null;
  const gamma = model.model === 'sir' ? model.recovery : 1;
  return (power) => {
    const p = Math.min(1, power * meanTieStrength);
    return gamma === 1 || p === 0 ? p : p / (p + gamma - p * gamma); // IC exactly, without rounding
  };
}
