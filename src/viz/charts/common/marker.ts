import type { Group } from './chart.ts';
import { type Box, estimateTextWidth, labelSide } from './layout.ts';
import { COLOURS, FONT_SIZE } from './theme.ts';

const LINE_HEIGHT = 18;

/**
 * A dashed vertical line across the plot at pixel x, labelled at the top with one or more
 * lines of text on whichever side has room, with a white halo so data behind stays readable.
 */
export function drawMarker(
  plot: Group,
  box: Box,
  x: number,
  lines: readonly string[],
  colour: string = COLOURS.mutedText,
): void {
  const g = plot.append('g');
  g.append('line')
    .attr('x1', x)
    .attr('x2', x)
    .attr('y2', box.height)
    .attr('stroke', colour)
    .attr('stroke-width', 2)
    .attr('stroke-dasharray', '6 4');
  const widest = Math.max(...lines.map((line) => estimateTextWidth(line, FONT_SIZE.note)));
  const right = labelSide(x, widest, box.width) === 'right';
  haloText(g, right ? 'start' : 'end')
    .selectAll('tspan')
    .data(lines)
    .join('tspan')
    .attr('x', right ? x + 6 : x - 6)
    .attr('y', (_, i) => 14 + i * LINE_HEIGHT)
    .text((line) => line);
}

/** A note's text with a paper-coloured halo, so it stays readable over lines and bands. */
export function haloText(g: Group, anchor: 'start' | 'middle' | 'end') {
  return g
    .append('text')
    .attr('text-anchor', anchor)
    .attr('font-size', FONT_SIZE.note)
    .attr('fill', COLOURS.text)
    .attr('stroke', COLOURS.background)
    .attr('stroke-width', 4)
    .attr('paint-order', 'stroke');
}
