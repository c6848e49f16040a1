import { FONT_SIZE } from './theme.ts';

/** Where everything goes in a chart of a given width (pure: no DOM, so it is unit-tested). */

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** One legend entry: the swatch starts at x; y is the text's middle line. */
export interface LegendSlot {
  readonly label: string;
  readonly x: number;
  readonly y: number;
}

export interface ChartLayout {
  readonly width: number;
  readonly height: number;
  readonly titleY: number;
  readonly plot: Box;
  readonly legend: readonly LegendSlot[];
}

export interface LayoutOptions {
  /** The container's width in CSS pixels; 0 (a hidden container) falls back to 640. */
  readonly width: number;
  readonly legend?: readonly string[];
  /** Leave room for a second y axis on the right. */
  readonly rightAxis?: boolean;
}

export const MIN_WIDTH = 320;
const FALLBACK_WIDTH = 640;
const MARGIN = { left: 76, right: 24, rightAxis: 76, bottom: 58 };
export const TITLE_X = 12;
const TITLE_Y = 28;
const LEGEND_TOP = 54;
const LEGEND_ROW = 24;
export const SWATCH = { width: 20, gap: 6, itemGap: 22 } as const;

/** A generous estimate of a label's width in the system font (about 0.56 em a character). */
export function estimateTextWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * 0.56);
}

/** Which side of a vertical line at x (in the plot) a label of this width fits on; right if both fail. */
export function labelSide(x: number, labelWidth: number, plotWidth: number): 'right' | 'left' {
  return x + labelWidth + 6 <= plotWidth || x - labelWidth - 6 < 0 ? 'right' : 'left';
}

/** How many ticks fit along an axis of this length, one every `spacing` pixels, at least two. */
export function tickCount(pixels: number, spacing = 80): number {
  return Math.max(2, Math.floor(pixels / spacing));
}

/** Legend entries laid out left to right from x0, wrapping onto new rows before `right`. */
export function legendSlots(labels: readonly string[], x0: number, right: number): LegendSlot[] {
  const slots: LegendSlot[] = [];
  let x = x0;
  let row = 0;
  for (const label of labels) {
    const width = SWATCH.width + SWATCH.gap + estimateTextWidth(label, FONT_SIZE.label);
    if (x > x0 && x + width > right) {
      x = x0;
      row++;
    }
    slots.push({ label, x, y: LEGEND_TOP + row * LEGEND_ROW });
    x += width + SWATCH.itemGap;
  }
  return slots;
}

export function chartLayout({ width, legend = [], rightAxis = false }: LayoutOptions): ChartLayout {
  const w = Math.max(MIN_WIDTH, Math.round(width) || FALLBACK_WIDTH);
  const right = rightAxis ? MARGIN.rightAxis : MARGIN.right;
  const slots = legendSlots(legend, TITLE_X, w - right);
  const rows = slots.length ? slots[slots.length - 1].y - LEGEND_TOP + LEGEND_ROW : 0;
  const top = LEGEND_TOP - 12 + rows + 14;
  const plotHeight = Math.min(380, Math.max(200, Math.round(w * 0.45)));
  return {
    width: w,
    height: top + plotHeight + MARGIN.bottom,
    titleY: TITLE_Y,
    plot: { left: MARGIN.left, top, width: w - MARGIN.left - right, height: plotHeight },
    legend: slots,
  };
}
