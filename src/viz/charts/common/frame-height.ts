import type { Group } from './chart.ts';
import type { ChartLayout } from './layout.ts';
import { COLOURS } from './theme.ts';

/**
 * Makes the chart `height` pixels tall, for charts with panels or a note below the plot
 * (chartLayout sizes the frame for one plot). Call it first in a ChartSpec's draw: the frame
 * has then set the viewBox, which this replaces (the export reads the size from it), and
 * painted the background, which this extends.
 */
export function setFrameHeight(root: Group, layout: ChartLayout, height: number): void {
  const svg = root.node()?.ownerSVGElement;
  if (!svg) return;
  const h = Math.max(1, Math.round(height));
  svg.setAttribute('viewBox', `0 0 ${layout.width} ${h}`);
  if (h > layout.height) {
    root
      .append('rect')
      .attr('y', layout.height)
      .attr('width', layout.width)
      .attr('height', h - layout.height)
      .attr('fill', COLOURS.background);
  }
}
