import type { Group } from './chart.ts';

/** An interval in pixels: `at` across the interval's direction, `low` and `high` along it. */
export interface Whisker {
  readonly at: number;
  readonly low: number;
  readonly high: number;
  /** Tooltip text. */
  readonly title?: string;
}

export type Orientation = 'vertical' | 'horizontal';

/** An error bar as an SVG path: the interval's line and a cap of half-width `cap` at each end. */
export function whiskerPath(w: Whisker, orientation: Orientation, cap = 5): string {
  const r = (v: number): number => Math.round(v * 10) / 10;
  if (orientation === 'vertical') {
    const [x, a, b] = [r(w.at), r(w.low), r(w.high)];
    return `M${x},${a}V${b}M${r(w.at - cap)},${a}H${r(w.at + cap)}M${r(w.at - cap)},${b}H${r(w.at + cap)}`;
  }
  const [y, a, b] = [r(w.at), r(w.low), r(w.high)];
  return `M${a},${y}H${b}M${a},${r(w.at - cap)}V${r(w.at + cap)}M${b},${r(w.at - cap)}V${r(w.at + cap)}`;
}

/** Confidence-interval whiskers, one path each, with their tooltips. */
export function drawWhiskers(
  parent: Group,
  whiskers: readonly Whisker[],
  orientation: Orientation,
  colour: string,
  cap = 5,
): void {
  parent
    .append('g')
    .selectAll('path')
    .data(whiskers)
    .join('path')
    .attr('d', (w) => whiskerPath(w, orientation, cap))
    .attr('fill', 'none')
    .attr('stroke', colour)
    .attr('stroke-width', 2)
    .filter((w) => w.title !== undefined)
    .append('title')
    .text((w) => w.title ?? '');
}
