import { scaleLinear } from 'd3';
import { formatCount, formatProbability, formatShareTick } from '../../../format/index.ts';
import { drawAxes } from '../common/axes.ts';
import { createSvgChart, type Group, type SvgChart } from '../common/chart.ts';
import { type ChartLayout, tickCount } from '../common/layout.ts';
import type { LegendItem } from '../common/legend.ts';
import { drawMarker } from '../common/marker.ts';
import { COLOURS } from '../common/theme.ts';
import { integerTicks } from '../common/ticks.ts';
import { drawWhiskers } from '../common/whiskers.ts';
import {
  deadZone,
  describeFirstWave,
  type FirstWaveData,
  type FirstWavePoint,
  firstWaveDomain,
  firstWavePoints,
  isFirstWaveEmpty,
  mostFrom,
} from './first-wave-model.ts';

export type { FirstWaveData } from './first-wave-model.ts';

const LEGEND: readonly LegendItem[] = [
  { label: 'runs that went global (95% CI)', kind: 'point', colour: COLOURS.vermillion },
  { label: 'no run went global', kind: 'area', colour: COLOURS.grey, opacity: 0.22 },
];

function tip(p: FirstWavePoint): string {
  const { row } = p;
  return `first wave of ${p.sizes} people: ${formatCount(Math.round(row.pGlobal * row.runs))} of ${formatCount(row.runs)} runs went global (P = ${formatProbability(row.pGlobal)}, 95% CI ${formatProbability(row.ci95.low)}–${formatProbability(row.ci95.high)})`;
}

function draw(root: Group, layout: ChartLayout, data: FirstWaveData): void {
  const { plot: box } = layout;
  const points = firstWavePoints(data);
  const domain = firstWaveDomain(points, tickCount(box.width));
  const x = scaleLinear(domain, [0, box.width]);
  const y = scaleLinear([0, 1], [box.height, 0]);
  const plot = root.append('g').attr('transform', `translate(${box.left},${box.top})`);
  const dead = deadZone(points);
  if (dead !== null) {
    plot
      .append('rect')
      .attr('width', x(dead))
      .attr('height', box.height)
      .attr('fill', COLOURS.grey)
      .attr('fill-opacity', 0.22);
  }
  drawAxes(plot, box, {
    x: {
      scale: x,
      ticks: integerTicks(Math.max(0, domain[0]), domain[1], tickCount(box.width)),
      format: formatCount,
      label: 'people in the first wave of sharing',
    },
    y: {
      scale: y,
      ticks: y.ticks(tickCount(box.height, 50)),
      format: formatShareTick,
      label: 'share of runs that went global',
    },
  });
  // A bin of several sizes shows its width as a faint bar behind the dot.
  plot
    .append('g')
    .selectAll('line')
    .data(points.filter((p) => p.high > p.low))
    .join('line')
    .attr('x1', (p) => x(p.low - 0.4))
    .attr('x2', (p) => x(p.high + 0.4))
    .attr('y1', (p) => y(p.row.pGlobal))
    .attr('y2', (p) => y(p.row.pGlobal))
    .attr('stroke', COLOURS.vermillion)
    .attr('stroke-opacity', 0.35)
    .attr('stroke-width', 6);
  drawWhiskers(
    plot,
    points.map((p) => ({
      at: x(p.x),
      low: y(p.row.ci95.low),
      high: y(p.row.ci95.high),
      title: tip(p),
    })),
    'vertical',
    COLOURS.vermillion,
    4,
  );
  plot
    .append('g')
    .selectAll('circle')
    .data(points)
    .join('circle')
    .attr('cx', (p) => x(p.x))
    .attr('cy', (p) => y(p.row.pGlobal))
    .attr('r', 5)
    .attr('fill', COLOURS.vermillion)
    .attr('stroke', COLOURS.background)
    .attr('stroke-width', 1.5)
    .append('title')
    .text(tip);
  const most = mostFrom(points);
  if (most)
    drawMarker(plot, box, x(most.low - 0.5), [
      'half or more go global',
      `from ${formatCount(most.low)} people on`,
    ]);
}

/** P(global | first-wave size): whether the first level of sharing decides if content spreads. */
export function createFirstWaveChart(container: HTMLElement): SvgChart<FirstWaveData> {
  return createSvgChart(container, {
    title: 'Does the first wave decide?',
    emptyMessage: 'Run an ensemble to see what the first wave decides',
    isEmpty: isFirstWaveEmpty,
    legend: (data) => (deadZone(firstWavePoints(data)) === null ? LEGEND.slice(0, 1) : LEGEND),
    describe: describeFirstWave,
    draw,
  });
}
