import type { Group } from './chart.ts';
import { type LegendSlot, SWATCH } from './layout.ts';
import { COLOURS, FONT_SIZE } from './theme.ts';

/** How a series looks, so its legend swatch can look the same. */
export type SwatchKind = 'line' | 'dashed' | 'area' | 'point';

export interface LegendItem {
  readonly label: string;
  readonly kind: SwatchKind;
  readonly colour: string;
  /** Fill opacity of an area swatch (default 1). */
  readonly opacity?: number;
}

/** Draws `items` at the slots chartLayout computed for their labels (same order). */
export function drawLegend(
  parent: Group,
  slots: readonly LegendSlot[],
  items: readonly LegendItem[],
): void {
  const g = parent.append('g').attr('aria-hidden', 'true');
  items.forEach((item, i) => {
    const { x, y } = slots[i];
    const entry = g.append('g').attr('transform', `translate(${x},${y})`);
    if (item.kind === 'area') {
      entry
        .append('rect')
        .attr('y', -7)
        .attr('width', SWATCH.width)
        .attr('height', 14)
        .attr('fill', item.colour)
        .attr('fill-opacity', item.opacity ?? 1);
    } else if (item.kind === 'point') {
      entry
        .append('circle')
        .attr('cx', SWATCH.width / 2)
        .attr('r', 5)
        .attr('fill', item.colour);
    } else {
      entry
        .append('line')
        .attr('x2', SWATCH.width)
        .attr('stroke', item.colour)
        .attr('stroke-width', 3)
        .attr('stroke-dasharray', item.kind === 'dashed' ? '5 4' : null);
    }
    entry
      .append('text')
      .attr('x', SWATCH.width + SWATCH.gap)
      .attr('dy', '0.35em')
      .attr('font-size', FONT_SIZE.label)
      .attr('fill', COLOURS.text)
      .text(item.label);
  });
}
