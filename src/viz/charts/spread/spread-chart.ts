import { area, curveStepAfter, line, scaleLinear } from 'd3';
import { formatCount, formatPercent } from '../../../format/index.ts';
import { drawAxes } from '../common/axes.ts';
import { createSvgChart, type Group, type SvgChart } from '../common/chart.ts';
import { type ChartLayout, tickCount } from '../common/layout.ts';
import type { LegendItem } from '../common/legend.ts';
import { drawMarker } from '../common/marker.ts';
import { COLOURS } from '../common/theme.ts';
import { integerTicks } from '../common/ticks.ts';
import {
  describeSpread,
  isSpreadEmpty,
  peopleAxisMax,
  type SpreadData,
  spreadSeries,
} from './spread-model.ts';

export type { SpreadData } from './spread-model.ts';

function legend(data: SpreadData): LegendItem[] {
  const items: LegendItem[] = [];
  if (data.single?.newByStep.length)
    items.push({ label: 'this run', kind: 'line', colour: COLOURS.vermillion });
  if (data.band?.mean.length) {
    items.push({ label: 'average of runs', kind: 'line', colour: COLOURS.blue });
    items.push({
      label: '90% of runs (5th–95th percentile)',
      kind: 'area',
      colour: COLOURS.sky,
      opacity: 0.4,
    });
  }
  return items;
}

function draw(root: Group, layout: ChartLayout, data: SpreadData): void {
  const { plot: box } = layout;
  const series = spreadSeries(data);
  const x = scaleLinear([0, series.steps], [0, box.width]);
  const top = peopleAxisMax(series, data.nodes, tickCount(box.height, 50));
  const y = scaleLinear([0, top], [box.height, 0]);
  const peopleTicks = integerTicks(0, top, tickCount(box.height, 50));
  const plot = root.append('g').attr('transform', `translate(${box.left},${box.top})`);
  drawAxes(plot, box, {
    x: {
      scale: x,
      ticks: integerTicks(0, series.steps, tickCount(box.width)),
      format: String,
      label: 'step (rounds of sharing)',
    },
    y: { scale: y, ticks: peopleTicks, format: formatCount, label: 'people reached' },
    // The same gridlines read as shares: round shares of a tiny reach (0.0002%, 0.0004%, …) would crowd the margin.
    yRight: {
      scale: y,
      ticks: peopleTicks,
      format: (people) => formatPercent(people / Math.max(1, data.nodes)),
      label: 'share of the network',
    },
  });
  const path = line<number>((_, i) => x(i), y).curve(curveStepAfter);
  if (series.band) {
    const { p05, p95, mean } = series.band;
    const band = area<number>(
      (_, i) => x(i),
      (_, i) => y(p05[i]),
      (v) => y(v),
    ).curve(curveStepAfter);
    plot.append('path').attr('d', band(p95)).attr('fill', COLOURS.sky).attr('fill-opacity', 0.4);
    plot
      .append('path')
      .attr('d', path(mean))
      .attr('fill', 'none')
      .attr('stroke', COLOURS.blue)
      .attr('stroke-width', 3);
  }
  if (series.single) {
    plot
      .append('path')
      .attr('d', path(series.single))
      .attr('fill', 'none')
      .attr('stroke', COLOURS.vermillion)
      .attr('stroke-width', 2.5);
  }
  if (data.currentStep !== undefined && data.currentStep >= 0 && data.currentStep <= series.steps) {
    drawMarker(plot, box, x(data.currentStep), [`step ${data.currentStep}`]);
  }
}

/** People reached over time: one run as a step line, an ensemble as its mean with the 5–95% band. */
export function createSpreadChart(container: HTMLElement): SvgChart<SpreadData> {
  return createSvgChart(container, {
    title: 'Spread, step by step',
    emptyMessage: 'Run once to see the spread over time',
    isEmpty: isSpreadEmpty,
    legend,
    rightAxis: true,
    describe: describeSpread,
    draw,
  });
}
