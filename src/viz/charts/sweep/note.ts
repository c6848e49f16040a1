import type { Group } from '../common/chart.ts';
import { NOTE_LINE } from '../common/text-wrap.ts';
import { COLOURS, FONT_SIZE } from '../common/theme.ts';

/** Lines of plain-language text on the chart, the first baseline at (x, y + NOTE_LINE − 5). */
export function drawNote(
  parent: Group,
  x: number,
  y: number,
  lines: readonly string[],
  colour: string = COLOURS.text,
): void {
  parent
    .append('text')
    .attr('font-size', FONT_SIZE.note)
    .attr('fill', colour)
    .selectAll('tspan')
    .data(lines)
    .join('tspan')
    .attr('x', x)
    .attr('y', (_, i) => y + (i + 1) * NOTE_LINE - 5)
    .text((line) => line);
}
