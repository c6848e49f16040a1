import { area, line, type ScaleLinear, scaleLinear } from 'd3';
import {
  formatCount,
  formatProbability,
  formatShareTick,
  formatStat,
} from '../../../format/index.ts';
import { drawAxes } from '../common/axes.ts';
import { createSvgChart, type Group, type SvgChart } from '../common/chart.ts';
import { setFrameHeight } from '../common/frame-height.ts';
import { type ChartLayout, TITLE_X, tickCount } from '../common/layout.ts';
import { wrapText } from '../common/text-wrap.ts';
import { COLOURS, FONT_SIZE } from '../common/theme.ts';
import { integerTicks } from '../common/ticks.ts';
import { drawWhiskers } from '../common/whiskers.ts';
import { drawNote } from './note.ts';
import { describeSweep, sweepNote } from './sweep-describe.ts';
import { drawMarkerLines, drawMarkerStrips } from './sweep-markers.ts';
import { sweepMarkers } from './sweep-markers-model.ts';
import {
  extraPanels,
  isSweepEmpty,
  peopleTop,
  type SweepChartData,
  type SweepRow,
  sweepDomain,
  sweepLayout,
  sweepLegend,
  sweepRows,
  theoryCurve,
} from './sweep-model.ts';
import { drawSweepPanel, parameterAxis } from './sweep-panel.ts';

export type { SweepChartData, SweepChartPoint } from './sweep-model.ts';

/** One dot per swept value, with its numbers as a tooltip; a white edge when dots sit on whiskers. */
function drawDots(
  plot: Group,
  rows: readonly SweepRow[],
  cx: (r: SweepRow) => number,
  cy: (r: SweepRow) => number,
  style: { r: number; fill: string; edge?: boolean },
  tip: (r: SweepRow) => string,
): void {
  const dots = plot
    .append('g')
    .selectAll('circle')
    .data(rows)
    .join('circle')
    .attr('cx', cx)
    .attr('cy', cy)
    .attr('r', style.r)
    .attr('fill', style.fill);
  if (style.edge) dots.attr('stroke', COLOURS.background).attr('stroke-width', 1.5);
  dots.append('title').text(tip);
}

function drawReach(
  plot: Group,
  rows: readonly SweepRow[],
  x: ScaleLinear<number, number>,
  y: ScaleLinear<number, number>,
): void {
  const band = area<SweepRow>(
    (r) => x(r.value),
    (r) => y(r.reachCi[0]),
    (r) => y(r.reachCi[1]),
  );
  plot.append('path').attr('d', band(rows)).attr('fill', COLOURS.sky).attr('fill-opacity', 0.4);
  const path = line<SweepRow>(
    (r) => x(r.value),
    (r) => y(r.meanReach),
  );
  plot
    .append('path')
    .attr('d', path(rows))
    .attr('fill', 'none')
    .attr('stroke', COLOURS.blue)
    .attr('stroke-width', 3);
  drawDots(
    plot,
    rows,
    (r) => x(r.value),
    (r) => y(r.meanReach),
    { r: 3, fill: COLOURS.blue },
    (r) =>
      `${formatStat(r.value)}: mean reach ${formatStat(r.meanReach)} people (95% CI ${formatStat(r.reachCi[0])}–${formatStat(r.reachCi[1])})`,
  );
}

function drawPGlobal(
  plot: Group,
  rows: readonly SweepRow[],
  x: ScaleLinear<number, number>,
  p: ScaleLinear<number, number>,
): void {
  const tip = (r: SweepRow): string =>
    `${formatStat(r.value)}: P(global) ${formatProbability(r.pGlobal)} (95% CI ${formatProbability(r.pGlobalCi[0])}–${formatProbability(r.pGlobalCi[1])}), ${formatCount(r.runs)} runs`;
  drawWhiskers(
    plot,
    rows.map((r) => ({
      at: x(r.value),
      low: p(r.pGlobalCi[0]),
      high: p(r.pGlobalCi[1]),
      title: tip(r),
    })),
    'vertical',
    COLOURS.vermillion,
    4,
  );
  drawDots(
    plot,
    rows,
    (r) => x(r.value),
    (r) => p(r.pGlobal),
    { r: 5, fill: COLOURS.vermillion, edge: true },
    tip,
  );
}

function draw(root: Group, layout: ChartLayout, data: SweepChartData): void {
  const { plot: box } = layout;
  const rows = sweepRows(data);
  const domain = sweepDomain(rows);
  const extras = extraPanels(data);
  const noteLines = wrapText(sweepNote(data), layout.width - 2 * TITLE_X, FONT_SIZE.note);
  const below = sweepLayout(layout, noteLines.length, extras.length);
  setFrameHeight(root, layout, below.height);
  const x = scaleLinear(domain, [0, box.width]);
  const top = peopleTop(rows, data.nodes);
  const y = scaleLinear([0, top], [box.height, 0]);
  const p = scaleLinear([0, 1], [box.height, 0]);
  const markers = sweepMarkers(data.estimate, data.theory);
  const plot = root.append('g').attr('transform', `translate(${box.left},${box.top})`);
  drawMarkerStrips(plot, box, markers, x);
  drawAxes(plot, box, {
    x: parameterAxis(x, box.width, data.parameterLabel),
    y: {
      scale: y,
      ticks: integerTicks(0, top, tickCount(box.height, 50)),
      format: formatCount,
      label: 'mean reach (people)',
    },
    yRight: {
      scale: p,
      ticks: p.ticks(tickCount(box.height, 50)),
      format: formatShareTick,
      label: 'P(global): share of runs',
    },
  });
  const curve = theoryCurve(data.theory, domain);
  if (curve.length > 1) {
    const path = line<[number, number]>(
      (d) => x(d[0]),
      (d) => p(d[1]),
    );
    plot
      .append('path')
      .attr('d', path(curve))
      .attr('fill', 'none')
      .attr('stroke', COLOURS.green)
      .attr('stroke-width', 3)
      .attr('stroke-linecap', 'round')
      .attr('stroke-dasharray', '0.5 6');
  }
  drawReach(plot, rows, x, y);
  drawPGlobal(plot, rows, x, p);
  drawMarkerLines(plot, box, markers, x);
  drawNote(root, TITLE_X, below.noteTop, noteLines);
  for (const [i, key] of extras.entries())
    drawSweepPanel(root, below.panels[i], key, rows, x, data);
}

/** A sweep: mean reach with its 95% band, P(global) with Wilson whiskers, the estimated and the theoretical tipping point, in words too. */
export function createSweepChart(container: HTMLElement): SvgChart<SweepChartData> {
  return createSvgChart(container, {
    title: 'Where the content tips',
    emptyMessage: 'Choose a parameter and its range, then run the sweep',
    isEmpty: isSweepEmpty,
    legend: sweepLegend,
    rightAxis: true,
    describe: describeSweep,
    draw,
  });
}
