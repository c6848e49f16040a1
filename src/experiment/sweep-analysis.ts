import {
  type CriticalValueEstimate,
  estimateCriticalValue,
  type TheoryPrediction,
  theoryForSweep,
} from '../analysis/index.ts';
import { toModelSpec } from '../models/index.ts';
import type { SweepResult } from './sweep-result.ts';

/** The measured estimate and the theory's prediction for one row of a sweep (a 1-D sweep is one row). */
export function rowEstimate(
  result: SweepResult,
  row: number,
): { estimate: CriticalValueEstimate; theory: TheoryPrediction } {
  const { plan } = result;
  const points = result.points
    .filter((_, i) => plan.points[i].row === row)
    .map((p) => ({ value: p.x, summary: p.summary }));
  const estimate = estimateCriticalValue(points, { seed: plan.base.seed });
  const scenario = plan.rowScenarios[row];
  const facts = result.rowFacts[row];
  const theory = theoryForSweep({
    parameter: plan.x.parameter,
    values: plan.x.values,
    model: toModelSpec(scenario.content),
    degree: facts.degree,
    meanTieStrength: facts.meanTieStrength,
    generator: scenario.graph.generator,
    nodes: facts.nodes,
  });
  return { estimate, theory };
}

/**
 * What one row of a sweep says about the tipping point, in fields named for what they are: the
 * measured onset with its interval, the better-than-even point, the susceptibility peak, and
 * the theory's prediction for the row's network.
 */
export function analyseRow(result: SweepResult, row: number) {
  const { estimate, theory } = rowEstimate(result, row);
  const { onset } = estimate;
  return {
    criticalValueEstimate: onset && {
      value: onset.value,
      interval: onset.interval,
      method: onset.method,
    },
    betterThanEvenPoint: estimate.betterThanEven,
    susceptibilityPeak: estimate.susceptibilityPeak,
    direction: estimate.direction,
    theoryPrediction: theory,
    explanation: estimate.explanation,
  };
}

export type RowAnalysis = ReturnType<typeof analyseRow>;
