import { type Axis, type AxisScale, axisBottom, axisLeft, axisRight } from 'd3';
import type { Group } from './chart.ts';
import type { Box } from './layout.ts';
import { COLOURS, FONT_SIZE } from './theme.ts';

/** One axis: its scale (in plot coordinates), the tick values and labels, and its title with units. */
export interface AxisSpec {
  readonly scale: AxisScale<number>;
  readonly ticks: readonly number[];
  readonly format: (value: number) => string;
  readonly label: string;
}

export interface Axes {
  readonly x: AxisSpec;
  readonly y: AxisSpec;
  /** A second y axis on the right, e.g. the same reach as a share of the network. */
  readonly yRight?: AxisSpec;
}

function styled(g: Group, axis: Axis<number>, spec: AxisSpec): void {
  g.call(
    axis
      .tickValues(spec.ticks)
      .tickFormat((v) => spec.format(v))
      .tickSizeOuter(0),
  );
  g.attr('font-family', null).attr('font-size', FONT_SIZE.tick);
  g.selectAll('text').attr('fill', COLOURS.mutedText);
  g.selectAll('line, path').attr('stroke', COLOURS.axis);
}

function label(g: Group, text: string, x: number, y: number, rotate: number): void {
  g.append('text')
    .attr('transform', `translate(${x},${y}) rotate(${rotate})`)
    .attr('text-anchor', 'middle')
    .attr('font-size', FONT_SIZE.label)
    .attr('fill', COLOURS.text)
    .text(text);
}

/** Draws light horizontal gridlines at the y ticks, then the axes with their titles, into `plot` (already translated). */
export function drawAxes(plot: Group, box: Box, axes: Axes): void {
  const { x, y, yRight } = axes;
  plot
    .append('g')
    .attr('aria-hidden', 'true')
    .selectAll('line')
    .data(y.ticks)
    .join('line')
    .attr('x2', box.width)
    .attr('y1', (t) => y.scale(t) ?? 0)
    .attr('y2', (t) => y.scale(t) ?? 0)
    .attr('stroke', COLOURS.grid);
  styled(
    plot.append('g').attr('transform', `translate(0,${box.height})`),
    axisBottom(x.scale).tickSizeInner(6),
    x,
  );
  label(plot, x.label, box.width / 2, box.height + 48, 0);
  styled(plot.append('g'), axisLeft(y.scale).tickSizeInner(6), y);
  label(plot, y.label, -58, box.height / 2, -90);
  if (yRight) {
    styled(
      plot.append('g').attr('transform', `translate(${box.width},0)`),
      axisRight(yRight.scale).tickSizeInner(6),
      yRight,
    );
    label(plot, yRight.label, box.width + 62, box.height / 2, 90);
  }
}
