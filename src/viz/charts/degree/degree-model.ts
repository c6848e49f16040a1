import {
  formatCount,
  formatCriticalPower,
  formatPercent,
  formatStat,
} from '../../../format/index.ts';
import type { GraphStats } from '../../../graph/index.ts';
import type { Description } from '../common/chart.ts';

/** The fields of GraphStats the degree chart needs (pass a GraphStats as it is). */
export type DegreeData = Pick<
  GraphStats,
  'nodes' | 'degreeHistogram' | 'meanDegree' | 'predictedThreshold'
>;

export interface DegreePoint {
  readonly degree: number;
  readonly count: number;
  /** Share of all people with this degree. */
  readonly share: number;
}

/** Degrees held by anyone, from 1 up: a log axis has no room for 0 or for empty degrees. */
export function degreePoints(data: DegreeData): DegreePoint[] {
  const points: DegreePoint[] = [];
  data.degreeHistogram.forEach((count, degree) => {
    if (degree > 0 && count > 0) points.push({ degree, count, share: count / data.nodes });
  });
  return points;
}

/** [min / pad, max × pad] of positive values, widened to a full decade when they are all equal. */
export function logExtent(values: readonly number[], pad: number): [number, number] {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return lo === hi ? [lo / Math.sqrt(10), hi * Math.sqrt(10)] : [lo / pad, hi * pad];
}

export function meanDegreeLabel(meanDegree: number): string {
  return `mean degree ${formatStat(meanDegree)}`;
}

function tippingSentence(threshold: number): string {
  if (!Number.isFinite(threshold))
    return 'No propagation power can start a global cascade on this network.';
  if (threshold > 1)
    return 'The predicted tipping point is above 1, so no content can start a global cascade here.';
  return (
    `Content with a propagation power below about ${formatStat(threshold)} dies out whatever the luck; above it a global ` +
    'cascade becomes possible (a prediction for a random network with these degrees: clustering shifts it).'
  );
}

export function describeDegrees(data: DegreeData): Description {
  const isolated = data.degreeHistogram[0] ?? 0;
  const most = data.degreeHistogram.length - 1;
  const none = isolated
    ? ` ${formatCount(isolated)} (${formatPercent(isolated / data.nodes)}) have none and are not shown on the log scale.`
    : '';
  return {
    desc:
      `${formatCount(data.nodes)} people with on average ${formatStat(data.meanDegree)} friends or followers each; ` +
      `the best connected has ${formatCount(most)}.${none} Predicted ${formatCriticalPower(data.predictedThreshold)}.`,
    caption:
      'How many friends or followers people have, on log–log axes: points falling along a straight line mean a few hubs ' +
      `(opinion leaders) with huge audiences; a hump means most people have about the mean. ${tippingSentence(data.predictedThreshold)}`,
  };
}
