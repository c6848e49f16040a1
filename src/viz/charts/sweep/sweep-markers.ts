import type { Group } from '../common/chart.ts';
import type { Box } from '../common/layout.ts';
import { haloText } from '../common/marker.ts';
import { COLOURS } from '../common/theme.ts';
import { placeLabels, type SweepMarker } from './sweep-markers-model.ts';

const LINE = 18;

function clip(a: number, b: number, width: number): [number, number] | null {
  const lo = Math.max(0, Math.min(a, b));
  const hi = Math.min(width, Math.max(a, b));
  return hi > lo ? [lo, hi] : null;
}

/** The shaded strips (an interval, a window), drawn before the data so they sit behind it. */
export function drawMarkerStrips(
  plot: Group,
  box: Box,
  markers: readonly SweepMarker[],
  px: (v: number) => number,
): void {
  const g = plot.append('g').attr('aria-hidden', 'true');
  for (const m of markers) {
    const span = m.strip && clip(px(m.strip.low), px(m.strip.high), box.width);
    if (!span) continue;
    g.append('rect')
      .attr('x', span[0])
      .attr('width', span[1] - span[0])
      .attr('height', box.height)
      .attr('fill', m.key === 'onset' ? COLOURS.grey : m.colour)
      .attr('fill-opacity', m.key === 'onset' ? 0.22 : 0.12);
  }
}

function vline(g: Group, x: number, height: number, m: SweepMarker): void {
  g.append('line')
    .attr('x1', x)
    .attr('x2', x)
    .attr('y2', height)
    .attr('stroke', m.colour)
    .attr('stroke-width', 2)
    .attr('stroke-dasharray', m.dash);
}

/** The lines of the markers inside the plot, then their labels, stacked where they would overlap. */
export function drawMarkerLines(
  plot: Group,
  box: Box,
  markers: readonly SweepMarker[],
  px: (v: number) => number,
): void {
  const g = plot.append('g');
  const inside = (x: number): boolean => x >= -0.5 && x <= box.width + 0.5;
  for (const m of markers) {
    const xs = m.edges && m.strip ? [px(m.strip.low), px(m.strip.high)] : [px(m.value)];
    for (const x of xs.filter(inside)) vline(g, x, box.height, m);
  }
  for (const label of placeLabels(markers, px, box.width)) {
    haloText(g, label.anchor)
      .selectAll('tspan')
      .data(label.marker.lines)
      .join('tspan')
      .attr('x', label.x)
      .attr('y', (_, i) => label.top + 14 + i * LINE)
      .text((line) => line);
  }
}
