import type { Group } from './chart.ts';
import type { Box } from './layout.ts';
import { COLOURS, FONT_SIZE } from './theme.ts';

/** A dashed placeholder over the plot area with a message that says what to do. */
export function drawEmptyState(parent: Group, plot: Box, message: string): void {
  const g = parent.append('g').attr('transform', `translate(${plot.left},${plot.top})`);
  g.append('rect')
    .attr('width', plot.width)
    .attr('height', plot.height)
    .attr('rx', 8)
    .attr('fill', 'none')
    .attr('stroke', COLOURS.grid)
    .attr('stroke-width', 2)
    .attr('stroke-dasharray', '6 6');
  g.append('text')
    .attr('x', plot.width / 2)
    .attr('y', plot.height / 2)
    .attr('text-anchor', 'middle')
    .attr('dy', '0.35em')
    .attr('font-size', FONT_SIZE.label)
    .attr('fill', COLOURS.mutedText)
    .text(message);
}
