import { scaleLog } from 'd3';
import {
  formatCount,
  formatCriticalPower,
  formatPercent,
  formatShareTick,
} from '../../../format/index.ts';
import { drawAxes } from '../common/axes.ts';
import { createSvgChart, type Group, type SvgChart } from '../common/chart.ts';
import type { ChartLayout } from '../common/layout.ts';
import type { LegendItem } from '../common/legend.ts';
import { drawMarker } from '../common/marker.ts';
import { COLOURS } from '../common/theme.ts';
import { logTicks } from '../common/ticks.ts';
import {
  type DegreeData,
  degreePoints,
  describeDegrees,
  logExtent,
  meanDegreeLabel,
} from './degree-model.ts';

export type { DegreeData } from './degree-model.ts';

const LEGEND: readonly LegendItem[] = [
  { label: 'people with each degree', kind: 'point', colour: COLOURS.blue },
];

function draw(root: Group, layout: ChartLayout, data: DegreeData): void {
  const { plot: box } = layout;
  const points = degreePoints(data);
  const xDomain = logExtent([...points.map((p) => p.degree), data.meanDegree], 1.3);
  const [yLo, yHi] = logExtent(
    points.map((p) => p.share),
    1.6,
  );
  // Extra room above the highest point for the labels of the mean-degree line.
  const yDomain: [number, number] = [yLo, yHi * 4];
  const x = scaleLog(xDomain, [0, box.width]);
  const y = scaleLog(yDomain, [box.height, 0]);
  const plot = root.append('g').attr('transform', `translate(${box.left},${box.top})`);
  drawAxes(plot, box, {
    x: {
      scale: x,
      ticks: logTicks(...xDomain),
      format: formatCount,
      label: 'degree (friends or followers)',
    },
    y: {
      scale: y,
      ticks: logTicks(yLo, Math.min(1, yDomain[1])),
      format: formatShareTick,
      label: 'share of people',
    },
  });
  drawMarker(plot, box, x(data.meanDegree), [
    meanDegreeLabel(data.meanDegree),
    formatCriticalPower(data.predictedThreshold),
  ]);
  plot
    .append('g')
    .selectAll('circle')
    .data(points)
    .join('circle')
    .attr('cx', (p) => x(p.degree))
    .attr('cy', (p) => y(p.share))
    .attr('r', 4.5)
    .attr('fill', COLOURS.blue)
    .attr('fill-opacity', 0.85)
    .append('title')
    .text(
      (p) =>
        `degree ${formatCount(p.degree)}: ${formatCount(p.count)} people (${formatPercent(p.share)})`,
    );
}

/** The degree distribution on log–log axes, with the mean degree and the predicted critical power. */
export function createDegreeChart(container: HTMLElement): SvgChart<DegreeData> {
  return createSvgChart(container, {
    title: 'Friends or followers per person',
    emptyMessage: 'Build a network to see who has how many friends',
    isEmpty: (data) => degreePoints(data).length === 0,
    legend: () => LEGEND,
    describe: describeDegrees,
    draw,
  });
}
