import { line, type ScaleLinear, scaleLinear } from 'd3';
import { formatCount, formatStat } from '../../../format/index.ts';
import { type AxisSpec, drawAxes } from '../common/axes.ts';
import type { Group } from '../common/chart.ts';
import { type Box, TITLE_X, tickCount } from '../common/layout.ts';
import { drawMarker } from '../common/marker.ts';
import { COLOURS, FONT_SIZE } from '../common/theme.ts';
import { integerTicks } from '../common/ticks.ts';
import {
  EXTRA,
  type ExtraKey,
  extraTop,
  extraValue,
  type SweepChartData,
  type SweepRow,
} from './sweep-model.ts';

/** The swept parameter's axis, shared by the main plot and the panel below. */
export function parameterAxis(
  x: ScaleLinear<number, number>,
  width: number,
  label: string,
): AxisSpec {
  return { scale: x, ticks: x.ticks(tickCount(width)), format: formatStat, label };
}

/**
 * One panel below the sweep, on the same parameter axis: the mean size of the runs that stayed
 * small (it peaks at the transition: the finite-size signature, marked when the estimate has
 * the peak), or the spread of the reach.
 */
export function drawSweepPanel(
  root: Group,
  box: Box,
  key: ExtraKey,
  rows: readonly SweepRow[],
  x: ScaleLinear<number, number>,
  data: SweepChartData,
): void {
  const { colour, heading, tip } = EXTRA[key];
  const top = extraTop(rows, key, tickCount(box.height, 40));
  const y = scaleLinear([0, top], [box.height, 0]);
  const plot = root.append('g').attr('transform', `translate(${box.left},${box.top})`);
  plot
    .append('text')
    .attr('x', TITLE_X - box.left)
    .attr('y', -12)
    .attr('font-size', FONT_SIZE.label)
    .attr('font-weight', 600)
    .attr('fill', COLOURS.text)
    .text(heading);
  drawAxes(plot, box, {
    x: parameterAxis(x, box.width, data.parameterLabel),
    y: {
      scale: y,
      ticks: integerTicks(0, top, tickCount(box.height, 40)),
      format: formatCount,
      label: 'people',
    },
  });
  const value = (r: SweepRow): number | null => extraValue(key, r);
  const path = line<SweepRow>(
    (r) => x(r.value),
    (r) => y(value(r) ?? 0),
  ).defined((r) => value(r) !== null);
  plot
    .append('path')
    .attr('d', path(rows))
    .attr('fill', 'none')
    .attr('stroke', colour)
    .attr('stroke-width', 2.5);
  plot
    .append('g')
    .selectAll('circle')
    .data(rows.filter((r) => value(r) !== null))
    .join('circle')
    .attr('cx', (r) => x(r.value))
    .attr('cy', (r) => y(value(r) ?? 0))
    .attr('r', 3.5)
    .attr('fill', colour)
    .append('title')
    .text((r) => `${formatStat(r.value)}: ${tip} ${formatStat(value(r) ?? 0)} people`);
  const peak = data.estimate?.susceptibilityPeak;
  const px = peak ? x(peak.value) : NaN;
  if (key === 'small' && peak && px >= 0 && px <= box.width)
    drawMarker(plot, box, px, [`largest at ${formatStat(peak.value)}`], colour);
}
