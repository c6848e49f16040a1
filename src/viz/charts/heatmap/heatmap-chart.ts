import { scaleLinear } from 'd3';
import { formatStat } from '../../../format/index.ts';
import { drawAxes } from '../common/axes.ts';
import { createSvgChart, type Group, type SvgChart } from '../common/chart.ts';
import { setFrameHeight } from '../common/frame-height.ts';
import { type ChartLayout, tickCount } from '../common/layout.ts';
import type { LegendItem } from '../common/legend.ts';
import { COLOURS, FONT_SIZE } from '../common/theme.ts';
import { colourBarLayout, drawColourBar } from './colour-bar.ts';
import { hatchFill } from './hatch.ts';
import {
  cellLabel,
  cellTextColour,
  describeHeatmap,
  fractionalIndex,
  type HeatmapData,
  heatCells,
  heatColour,
  isHeatmapEmpty,
  rowOnsets,
  thinIndices,
} from './heatmap-model.ts';

export type { HeatmapData } from './heatmap-model.ts';

const ONSET_LABEL = 'where each row leaves zero (onset)';
const MISSING_LABEL = 'not computed yet';
const COLOUR_TITLES = {
  long: 'P(global): share of runs that went global',
  short: 'P(global): share of runs',
};
/** The cells stop short of the axes so the axis lines stay visible. */
const INSET = 2;

function legend(data: HeatmapData): LegendItem[] {
  return rowOnsets(data).some((o) => o !== null)
    ? [{ label: ONSET_LABEL, kind: 'line', colour: COLOURS.text }]
    : [];
}

function draw(root: Group, layout: ChartLayout, data: HeatmapData): void {
  const { plot: box } = layout;
  const cells = heatCells(data);
  const missing = cells.some((c) => c.p === null);
  const bar = colourBarLayout(box.width, missing ? MISSING_LABEL : null);
  setFrameHeight(root, layout, layout.height + 4 + bar.height + 8);
  const [nx, ny] = [data.xValues.length, data.yValues.length];
  const x = scaleLinear([-0.5, nx - 0.5], [INSET, box.width]);
  const y = scaleLinear([-0.5, ny - 0.5], [box.height - INSET, 0]);
  const [w, h] = [(box.width - INSET) / nx, (box.height - INSET) / ny];
  const hatch = hatchFill(root);
  const plot = root.append('g').attr('transform', `translate(${box.left},${box.top})`);
  drawAxes(plot, box, {
    x: {
      scale: x,
      ticks: thinIndices(nx, tickCount(box.width, 70)),
      format: (i) => formatStat(data.xValues[i]),
      label: data.xLabel,
    },
    y: {
      scale: y,
      ticks: thinIndices(ny, tickCount(box.height, 28)),
      format: (i) => formatStat(data.yValues[i]),
      label: data.yLabel,
    },
  });
  const cell = plot
    .append('g')
    .selectAll('g')
    .data(cells)
    .join('g')
    .attr('transform', (c) => `translate(${x(c.xi - 0.5)},${y(c.yi + 0.5)})`);
  cell
    .append('rect')
    .attr('width', w)
    .attr('height', h)
    .attr('fill', (c) => (c.p === null ? hatch : heatColour(c.p)))
    .attr('stroke', COLOURS.background)
    .attr('stroke-width', 1)
    .append('title')
    .text(
      (c) =>
        `${data.xLabel} ${formatStat(data.xValues[c.xi])}, ${data.yLabel} ${formatStat(data.yValues[c.yi])}: ` +
        (c.p === null ? MISSING_LABEL : `P(global) ${cellLabel(c.p)}`),
    );
  if (w >= 40 && h >= 22) {
    cell
      .filter((c) => c.p !== null)
      .append('text')
      .attr('x', w / 2)
      .attr('y', h / 2)
      .attr('dy', '0.35em')
      .attr('text-anchor', 'middle')
      .attr('font-size', FONT_SIZE.tick)
      .attr('fill', (c) =>
        cellTextColour(c.p ?? 0) === 'white' ? COLOURS.background : COLOURS.text,
      )
      .attr('pointer-events', 'none')
      .text((c) => cellLabel(c.p ?? 0));
  }
  const marks = plot.append('g').attr('aria-hidden', 'true');
  rowOnsets(data).forEach((onset, yi) => {
    const fi = onset === null ? null : fractionalIndex(data.xValues, onset);
    if (fi === null) return;
    const [top, bottom] = [y(yi + 0.5) + 2, y(yi - 0.5) - 2];
    for (const [colour, width] of [
      [COLOURS.background, 7],
      [COLOURS.text, 3],
    ] as const) {
      marks
        .append('line')
        .attr('x1', x(fi))
        .attr('x2', x(fi))
        .attr('y1', top)
        .attr('y2', bottom)
        .attr('stroke', colour)
        .attr('stroke-width', width);
    }
  });
  drawColourBar(
    root,
    { x: box.left, y: layout.height + 4, width: box.width },
    heatColour,
    COLOUR_TITLES,
    missing ? { fill: hatch, label: MISSING_LABEL } : undefined,
  );
}

/** A two-parameter sweep as a heat map of P(global), with the cells still to come hatched and each row's onset marked. */
export function createHeatmapChart(container: HTMLElement): SvgChart<HeatmapData> {
  return createSvgChart(container, {
    title: 'Chance of a global cascade',
    emptyMessage: 'Choose two parameters and their values, then run the sweep',
    isEmpty: isHeatmapEmpty,
    legend,
    describe: describeHeatmap,
    draw,
  });
}
