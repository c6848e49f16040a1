import { theoryForParameter } from '../analysis/index.ts';
import type { GraphStats, Network } from '../graph/index.ts';
import { meanTieStrength } from '../graph/index.ts';
import { fieldsFor, toModelSpec } from '../models/index.ts';
import type { Scenario } from '../scenario/index.ts';

/** The theory's tipping point for the main slider, with words to show beside it. */
export interface CriticalMark {
  /** Value on the slider's scale (power, or φ for the threshold model). */
  readonly value: number;
  readonly text: string;
}

/**
 * Where the main slider's critical value sits, or null where theory has no single number: the
 * prediction a sweep over the slider's parameter would draw (analysis/theory-overlay.ts), from
 * this network's degrees, whatever the model.
 */
export function criticalMark(
  scenario: Scenario,
  network: Network,
  stats: GraphStats,
): CriticalMark | null {
  const slider = fieldsFor(scenario.content).find((field) => field.main);
  if (!slider) return null;
  const prediction = theoryForParameter({
    parameter: slider.path.join('.'),
    model: toModelSpec(scenario.content),
    degree: {
      meanDegree: stats.meanDegree,
      meanSquareDegree: stats.meanSquareDegree,
      directed: stats.directed,
      meanInOutDegree: stats.directedDegrees?.meanInOutDegree,
      histogram: stats.degreeHistogram,
    },
    meanTieStrength: meanTieStrength(network),
    generator: scenario.graph.generator,
    nodes: stats.nodes,
  });
  const value = prediction.criticalValue;
  switch (prediction.kind) {
    case 'percolation':
      return value === null
        ? {
            value: 1,
            text: 'No power is enough here: the network is too sparse for a global cascade.',
          }
        : {
            value,
            text: `Tipping point ≈ ${value.toFixed(3)} (percolation theory from this network's degrees; clustering shifts it).`,
          };
    case 'watts-phi':
      return value === null
        ? { value: 0, text: 'Too few ties for any global cascade at any φ (Watts 2002).' }
        : {
            value,
            text: `Cascades possible for φ ≤ ${value.toFixed(3)} (Watts 2002, from this network's degrees).`,
          };
    case 'watts-window':
    case 'none':
      return null;
    default:
      return prediction.kind satisfies never;
  }
}
