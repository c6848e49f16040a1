import { scaleLinear } from 'd3';
import { formatShareTick, formatStat } from '../../../format/index.ts';
import { drawAxes } from '../common/axes.ts';
import { createSvgChart, type Group, type SvgChart } from '../common/chart.ts';
import { setFrameHeight } from '../common/frame-height.ts';
import {
  type Box,
  type ChartLayout,
  estimateTextWidth,
  TITLE_X,
  tickCount,
} from '../common/layout.ts';
import type { LegendItem } from '../common/legend.ts';
import { fitLabel } from '../common/text-wrap.ts';
import { COLOURS, FONT_SIZE } from '../common/theme.ts';
import { drawWhiskers } from '../common/whiskers.ts';
import {
  axisTitle,
  type CompareData,
  type ComparePanel,
  comparePanels,
  describeCompare,
  isCompareEmpty,
  labelColumn,
  panelTops,
  ROW,
} from './compare-model.ts';

export type { CompareData } from './compare-model.ts';

const LEGEND: readonly LegendItem[] = [
  { label: 'most reach', kind: 'area', colour: COLOURS.vermillion },
  { label: 'other strategies', kind: 'area', colour: COLOURS.blue },
  { label: '95% CI', kind: 'line', colour: COLOURS.text },
];
const RIGHT_MARGIN = 24;

type Bar = ComparePanel['bars'][number];

function drawPanel(
  g: Group,
  box: Box,
  panel: ComparePanel,
  data: CompareData,
  labelWidth: number,
): void {
  const n = data.rows.length;
  const x = scaleLinear([0, panel.max], [0, box.width]);
  const y = scaleLinear([-0.5, n - 0.5], [3, box.height - 3]);
  drawAxes(g, box, {
    x: {
      scale: x,
      ticks: x.ticks(tickCount(box.width, 70)),
      format: panel.key === 'pGlobal' ? formatShareTick : formatStat,
      label: axisTitle(panel, box.width),
    },
    y: { scale: y, ticks: data.rows.map((_, i) => i), format: () => '', label: '' },
  });
  const best = (i: number): boolean => data.rows[i].label === data.best;
  g.append('g')
    .selectAll('text')
    .data(data.rows)
    .join('text')
    .attr('x', -8)
    .attr('y', (_, i) => y(i))
    .attr('dy', '0.35em')
    .attr('text-anchor', 'end')
    .attr('font-size', FONT_SIZE.tick)
    .attr('font-weight', (_, i) => (best(i) ? 700 : null))
    .attr('fill', COLOURS.text)
    // Bold text runs about 10% wider than the estimate allows for.
    .text((r, i) => fitLabel(r.label, (labelWidth - 14) * (best(i) ? 0.88 : 1), FONT_SIZE.tick))
    .append('title')
    .text((r) => r.label);
  const tip = (i: number): string => {
    const b = panel.bars[i];
    return `${data.rows[i].label}: ${panel.format(b.value)} (95% CI ${panel.format(b.low)}–${panel.format(b.high)})`;
  };
  g.append('g')
    .selectAll('rect')
    .data(panel.bars)
    .join('rect')
    .attr('x', 0)
    .attr('y', (_, i) => y(i) - ROW.bar / 2)
    .attr('width', (b) => Math.max(0, x(b.value)))
    .attr('height', ROW.bar)
    .attr('fill', (_, i) => (best(i) ? COLOURS.vermillion : COLOURS.blue))
    .append('title')
    .text((_, i) => tip(i));
  drawWhiskers(
    g,
    panel.bars.map((b, i) => ({ at: y(i), low: x(b.low), high: x(b.high), title: tip(i) })),
    'horizontal',
    COLOURS.text,
    5,
  );
  // Each value beyond its whisker; where that runs off the chart (bars near the top of the
  // scale), inside the bar's end in white; dropped only when the bar is too short for it.
  const outside = (b: Bar) => Math.max(x(b.high), x(b.value)) + 8;
  const inside = (b: Bar) => Math.min(x(b.low), x(b.value)) - 6;
  const textWidth = (b: Bar) => estimateTextWidth(panel.format(b.value), FONT_SIZE.tick);
  const fitsOutside = (b: Bar) => outside(b) + textWidth(b) <= box.width;
  g.append('g')
    .selectAll('text')
    .data(panel.bars)
    .join('text')
    .attr('x', (b) => (fitsOutside(b) ? outside(b) : inside(b)))
    .attr('text-anchor', (b) => (fitsOutside(b) ? 'start' : 'end'))
    .attr('y', (_, i) => y(i))
    .attr('dy', '0.35em')
    .attr('font-size', FONT_SIZE.tick)
    .attr('fill', (b) => (fitsOutside(b) ? COLOURS.mutedText : COLOURS.background))
    .text((b) => panel.format(b.value))
    .filter((b) => !fitsOutside(b) && inside(b) - textWidth(b) < 0)
    .remove();
}

function draw(root: Group, layout: ChartLayout, data: CompareData): void {
  const panels = comparePanels(data);
  const labelWidth = labelColumn(
    data.rows.map((r) => r.label),
    layout.width,
  );
  const left = TITLE_X + labelWidth;
  const width = Math.max(80, layout.width - left - RIGHT_MARGIN);
  const { tops, panelHeight, height } = panelTops(data.rows.length, panels.length);
  setFrameHeight(root, layout, layout.plot.top + height + 8);
  panels.forEach((panel, i) => {
    const g = root.append('g').attr('transform', `translate(${left},${layout.plot.top + tops[i]})`);
    drawPanel(
      g,
      { left, top: layout.plot.top + tops[i], width, height: panelHeight },
      panel,
      data,
      labelWidth,
    );
  });
}

/** Seeding strategies side by side: mean reach, P(global) and reach per unit of cost, each with its 95% interval; the verdict as caption. */
export function createCompareChart(container: HTMLElement): SvgChart<CompareData> {
  return createSvgChart(container, {
    title: 'Seeding strategies compared',
    emptyMessage: 'Add the strategies to compare, then run them',
    isEmpty: isCompareEmpty,
    legend: () => LEGEND,
    describe: describeCompare,
    draw,
  });
}
