import type { Network } from '../graph/network.ts';
import type { GraphStats } from '../graph/stats/index.ts';
import type { Scenario } from '../scenario/index.ts';
import { criticalPower, wattsCriticalPhi } from '../theory/index.ts';

/** The theory's tipping point for the main slider, with words to show beside it. */
export interface CriticalMark {
  /** Value on the slider's scale (power, or φ for the threshold model). */
  readonly value: number;
  readonly text: string;
}

function meanTieStrength(network: Network): number {
  if (!network.weight) return 1;
  let sum = 0;
  for (const w of network.weight) sum += w;
  return network.weight.length ? sum / network.weight.length : 1;
}

/** Where the slider's critical value sits, or null where theory has no single number. */
export function criticalMark(
  scenario: Scenario,
  network: Network,
  stats: GraphStats,
): CriticalMark | null {
  const content = scenario.content;
  if (content.model === 'linear-threshold') {
    if (content.threshold.rule !== 'fraction') return null;
    const total = stats.degreeHistogram.reduce((a, b) => a + b, 0);
    const phi = wattsCriticalPhi(stats.degreeHistogram.map((c) => c / total));
    return phi > 0
      ? {
          value: phi,
          text: `Cascades possible for φ ≤ ${phi.toFixed(3)} (Watts 2002, from this network's degrees).`,
        }
      : { value: 0, text: 'Too few ties for any global cascade at any φ (Watts 2002).' };
  }
  const recovery = content.model === 'sir' ? content.recovery : 1;
  const weighted = content.weighting === 'weighted-cascade';
  if (weighted) return null;
  const power = criticalPower(stats.predictedThreshold, {
    recovery,
    meanTieStrength: meanTieStrength(network),
  });
  if (!Number.isFinite(power) || power > 1)
    return {
      value: 1,
      text: 'No power is enough here: the network is too sparse for a global cascade.',
    };
  return {
    value: power,
    text: `Tipping point ≈ ${power.toFixed(3)} (percolation theory from this network's degrees; clustering shifts it).`,
  };
}
