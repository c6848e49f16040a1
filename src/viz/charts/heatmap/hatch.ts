import type { Group } from '../common/chart.ts';
import { COLOURS } from '../common/theme.ts';

let nextId = 0;

/** Adds a diagonal-hatch pattern (for "not computed yet") to `parent` and returns its fill, url(#…). */
export function hatchFill(parent: Group): string {
  const id = `ripple-hatch-${++nextId}`;
  const pattern = parent
    .append('defs')
    .append('pattern')
    .attr('id', id)
    .attr('patternUnits', 'userSpaceOnUse')
    .attr('width', 8)
    .attr('height', 8)
    .attr('patternTransform', 'rotate(45)');
  pattern.append('rect').attr('width', 8).attr('height', 8).attr('fill', COLOURS.background);
  pattern
    .append('line')
    .attr('x1', 0)
    .attr('x2', 0)
    .attr('y2', 8)
    .attr('stroke', COLOURS.grey)
    .attr('stroke-width', 2);
  return `url(#${id})`;
}
