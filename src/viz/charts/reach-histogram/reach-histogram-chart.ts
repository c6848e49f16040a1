import { max, scaleLinear } from 'd3';
import {
  formatCount,
  formatPercent,
  formatPGlobal,
  formatShareTick,
} from '../../../format/index.ts';
import { drawAxes } from '../common/axes.ts';
import { createSvgChart, type Group, type SvgChart } from '../common/chart.ts';
import { type ChartLayout, tickCount } from '../common/layout.ts';
import type { LegendItem } from '../common/legend.ts';
import { drawMarker } from '../common/marker.ts';
import { COLOURS } from '../common/theme.ts';
import { integerTicks } from '../common/ticks.ts';
import {
  barHeight,
  describeReachHistogram,
  globalLabel,
  type ReachHistogramData,
  reachBars,
  totalRuns,
} from './reach-histogram-model.ts';

export type { ReachHistogramData } from './reach-histogram-model.ts';

const LEGEND: readonly LegendItem[] = [
  { label: 'runs that died out', kind: 'area', colour: COLOURS.blue },
  { label: 'global cascades', kind: 'area', colour: COLOURS.vermillion },
];

/** Room above the tallest bar for the labels of the dashed line. */
const HEADROOM = 1.4;

function draw(root: Group, layout: ChartLayout, data: ReachHistogramData): void {
  const { plot: box } = layout;
  const bars = reachBars(data);
  const x = scaleLinear([0, data.nodes], [0, box.width]);
  const y = scaleLinear([0, (max(bars, (b) => b.share) ?? 1) * HEADROOM], [box.height, 0]).nice(
    tickCount(box.height, 50),
  );
  const plot = root.append('g').attr('transform', `translate(${box.left},${box.top})`);
  drawAxes(plot, box, {
    x: {
      scale: x,
      ticks: integerTicks(0, data.nodes, tickCount(box.width)),
      format: formatCount,
      label: 'final reach (people reached)',
    },
    y: {
      scale: y,
      ticks: y.ticks(tickCount(box.height, 50)),
      format: formatShareTick,
      label: 'share of runs',
    },
  });
  plot
    .append('g')
    .selectAll('rect')
    .data(bars)
    .join('rect')
    .attr('x', (b) => x(b.x0) + 0.5)
    .attr('width', (b) => Math.max(1, x(b.x1) - x(b.x0) - 1))
    .attr('y', (b) => box.height - barHeight(box.height - y(b.share), b.count))
    .attr('height', (b) => barHeight(box.height - y(b.share), b.count))
    .attr('fill', (b) => (b.global ? COLOURS.vermillion : COLOURS.blue))
    .append('title')
    .text((b) => `${b.label} people: ${formatCount(b.count)} runs (${formatPercent(b.share)})`);
  drawMarker(plot, box, x(data.minReach), [
    globalLabel(data.minReach),
    formatPGlobal(data.pGlobal),
  ]);
}

/** How far runs got: the distribution of final reach, with the global-cascade line and P(global). */
export function createReachHistogram(container: HTMLElement): SvgChart<ReachHistogramData> {
  return createSvgChart(container, {
    title: 'How far each run got',
    emptyMessage: 'Run an ensemble to see how far runs get',
    isEmpty: (data) => totalRuns(data.histogram) === 0,
    legend: () => LEGEND,
    describe: describeReachHistogram,
    draw,
  });
}
