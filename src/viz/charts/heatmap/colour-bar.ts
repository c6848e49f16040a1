import { axisBottom, range, scaleLinear } from 'd3';
import { formatShareTick } from '../../../format/index.ts';
import type { Group } from '../common/chart.ts';
import { estimateTextWidth } from '../common/layout.ts';
import { COLOURS, FONT_SIZE } from '../common/theme.ts';

/** Where the colour bar's parts go in a strip `width` wide: the bar, and the swatch beside it or, if it does not fit, below. */
export function colourBarLayout(
  width: number,
  missingLabel: string | null,
): { barWidth: number; missing: { x: number; y: number } | null; height: number } {
  const barWidth = Math.max(120, Math.min(320, width));
  if (missingLabel === null) return { barWidth, missing: null, height: 62 };
  const swatch = 26 + estimateTextWidth(missingLabel, FONT_SIZE.label);
  if (barWidth + 24 + swatch <= width)
    return { barWidth, missing: { x: barWidth + 24, y: 22 }, height: 62 };
  return { barWidth, missing: { x: 0, y: 66 }, height: 86 };
}

/**
 * A horizontal colour scale for shares 0–1 with its title (the short one when the long does not fit), and beside it (if `missing` is given)
 * a swatch of that fill explaining the cells not computed yet.
 */
export function drawColourBar(
  parent: Group,
  at: { x: number; y: number; width: number },
  colour: (p: number) => string,
  titles: { long: string; short: string },
  missing?: { fill: string; label: string },
): void {
  const title =
    estimateTextWidth(titles.long, FONT_SIZE.label) <= at.width ? titles.long : titles.short;
  const g = parent.append('g').attr('transform', `translate(${at.x},${at.y})`);
  const { barWidth, missing: spot } = colourBarLayout(at.width, missing?.label ?? null);
  g.append('text')
    .attr('y', 14)
    .attr('font-size', FONT_SIZE.label)
    .attr('fill', COLOURS.text)
    .text(title);
  const steps = 64;
  g.append('g')
    .attr('aria-hidden', 'true')
    .selectAll('rect')
    .data(range(steps))
    .join('rect')
    .attr('x', (i) => (i * barWidth) / steps)
    .attr('y', 22)
    .attr('width', barWidth / steps + 0.5)
    .attr('height', 14)
    .attr('fill', (i) => colour((i + 0.5) / steps));
  const x = scaleLinear([0, 1], [0, barWidth]);
  const axis = g.append('g').attr('transform', 'translate(0,36)');
  axis.call(
    axisBottom(x)
      .tickValues([0, 0.25, 0.5, 0.75, 1])
      .tickFormat((v) => formatShareTick(Number(v)))
      .tickSizeOuter(0),
  );
  axis.attr('font-family', null).attr('font-size', FONT_SIZE.tick);
  axis.selectAll('text').attr('fill', COLOURS.mutedText);
  axis.selectAll('line, path').attr('stroke', COLOURS.axis);
  if (!missing || !spot) return;
  const m = g.append('g').attr('transform', `translate(${spot.x},${spot.y})`);
  m.append('rect')
    .attr('width', 20)
    .attr('height', 14)
    .attr('fill', missing.fill)
    .attr('stroke', COLOURS.grey);
  m.append('text')
    .attr('x', 26)
    .attr('y', 7)
    .attr('dy', '0.35em')
    .attr('font-size', FONT_SIZE.label)
    .attr('fill', COLOURS.text)
    .text(missing.label);
}
