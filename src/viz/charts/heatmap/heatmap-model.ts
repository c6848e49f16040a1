import { interpolateCividis } from 'd3';
import { formatCount, formatPercent, formatStat } from '../../../format/index.ts';
import type { Description } from '../common/chart.ts';

/** A two-parameter sweep: P(global) for every pair of values; null where not computed yet. */
export interface HeatmapData {
  readonly xLabel: string;
  readonly yLabel: string;
  readonly xValues: readonly number[];
  readonly yValues: readonly number[];
  /** [yIndex][xIndex]. */
  readonly pGlobal: readonly (readonly (number | null)[])[];
  /** Where each row's P(global) leaves zero, in x units (null: no onset in the row); computed from the cells when absent. */
  readonly rowOnsets?: readonly (number | null)[];
  /** Draw the per-row onset marks (default true). */
  readonly showOnsets?: boolean;
}

export interface HeatCell {
  readonly xi: number;
  readonly yi: number;
  readonly p: number | null;
}

export function isHeatmapEmpty(data: HeatmapData): boolean {
  return data.xValues.length === 0 || data.yValues.length === 0;
}

function valueAt(data: HeatmapData, yi: number, xi: number): number | null {
  const p = data.pGlobal[yi]?.[xi];
  return p === null || p === undefined || !Number.isFinite(p) ? null : p;
}

/** Every cell of the grid, row by row; missing or non-finite values count as not computed. */
export function heatCells(data: HeatmapData): HeatCell[] {
  return data.yValues.flatMap((_, yi) =>
    data.xValues.map((__, xi) => ({ xi, yi, p: valueAt(data, yi, xi) })),
  );
}

/** Cividis (Nuñez, Anderton and Renslow 2018): dark blue at 0 to yellow at 1, readable with colour-vision deficiencies and in grey. */
export function heatColour(p: number): string {
  return interpolateCividis(Math.min(1, Math.max(0, p)));
}

/** White text on the dark half of the scale, dark text on the light half. */
export function cellTextColour(p: number): 'white' | 'dark' {
  return p < 0.55 ? 'white' : 'dark';
}

/** A cell's label: whole percent, but never rounding a non-zero value to 0% or a non-certain one to 100%. */
export function cellLabel(p: number): string {
  if (p > 0 && p < 0.005) return '<1%';
  if (p < 1 && p > 0.995) return '>99%';
  return `${Math.round(p * 100)}%`;
}

/** A value's position in index units (0 = first column), linear between the neighbouring values; null outside them. */
export function fractionalIndex(values: readonly number[], v: number): number | null {
  for (let i = 0; i < values.length; i++) {
    if (v === values[i]) return i;
    if (i + 1 < values.length) {
      const [a, b] = [values[i], values[i + 1]];
      if ((v - a) * (v - b) < 0) return i + (v - a) / (b - a);
    }
  }
  return null;
}

/**
 * Where one row's P(global) leaves zero: the midpoint between a computed zero cell and a
 * computed non-zero neighbour. Rising rows (zero at low x) take the first such pair, falling
 * rows (non-zero at low x, zero at high x, as for the threshold φ) the last; null otherwise.
 */
export function rowOnset(
  xValues: readonly number[],
  row: readonly (number | null)[],
): number | null {
  const known = row
    .map((p, i) => ({ p, i }))
    .filter((c): c is { p: number; i: number } => c.p !== null && Number.isFinite(c.p));
  if (known.length < 2) return null;
  const falling = known[0].p > 0 && known[known.length - 1].p === 0;
  const pairs: number[] = [];
  for (let i = 1; i < row.length; i++) {
    const [a, b] = [row[i - 1], row[i]];
    if (a === null || b === null) continue;
    if (falling ? a > 0 && b === 0 : a === 0 && b > 0) pairs.push(i);
  }
  if (pairs.length === 0) return null;
  const i = falling ? pairs[pairs.length - 1] : pairs[0];
  return (xValues[i - 1] + xValues[i]) / 2;
}

/** The onsets to mark, one per row: given, or computed; all null when marks are off. */
export function rowOnsets(data: HeatmapData): (number | null)[] {
  if (data.showOnsets === false) return data.yValues.map(() => null);
  return data.yValues.map((_, yi) => {
    if (data.rowOnsets) return data.rowOnsets[yi] ?? null;
    return rowOnset(
      data.xValues,
      data.xValues.map((__, xi) => valueAt(data, yi, xi)),
    );
  });
}

/** Every k-th index so that at most `max` labels show (always the first). */
export function thinIndices(count: number, max: number): number[] {
  const step = Math.max(1, Math.ceil(count / Math.max(1, max)));
  return Array.from({ length: count }, (_, i) => i).filter((i) => i % step === 0);
}

function onsetSentence(data: HeatmapData): string {
  const onsets = rowOnsets(data);
  const rows = onsets
    .map((o, yi) => ({ o, y: data.yValues[yi] }))
    .filter((r): r is { o: number; y: number } => r.o !== null);
  if (rows.length === 0) return '';
  const [first, last] = [rows[0], rows[rows.length - 1]];
  const at = (r: { o: number; y: number }): string =>
    `with ${data.yLabel} ${formatStat(r.y)}, global cascades start near ${data.xLabel} ${formatStat(r.o)}`;
  const same = rows.every((r) => r.o === first.o);
  const text =
    rows.length > 1 && same
      ? `in every row that has one, global cascades start near ${data.xLabel} ${formatStat(first.o)}`
      : rows.length === 1
        ? at(first)
        : `${at(first)}; ${at(last).replace(/global cascades start /, '')}`;
  return ` The marks show where each row leaves zero: ${text}.`;
}

export function describeHeatmap(data: HeatmapData): Description {
  const cells = heatCells(data);
  const done = cells.filter((c) => c.p !== null) as { xi: number; yi: number; p: number }[];
  const progress =
    done.length === cells.length
      ? `All ${formatCount(cells.length)} cells computed.`
      : `${formatCount(done.length)} of ${formatCount(cells.length)} cells computed so far.`;
  const best = done.reduce<(typeof done)[number] | null>(
    (b, c) => (b === null || c.p > b.p ? c : b),
    null,
  );
  const highest = best
    ? ` The highest P(global), ${formatPercent(best.p)}, is at ${data.xLabel} ${formatStat(data.xValues[best.xi])} and ${data.yLabel} ${formatStat(data.yValues[best.yi])}.`
    : '';
  return {
    desc: `${data.xLabel} (${data.xValues.length} values) against ${data.yLabel} (${data.yValues.length} values). ${progress}${highest}${onsetSentence(data)}`,
    caption:
      `Each cell is an ensemble of runs at one pair of values (${data.xLabel} across, ${data.yLabel} up); its colour is the share of runs that went global, ` +
      `from dark blue (none) to yellow (all).${done.length < cells.length ? ' Hatched cells are not computed yet.' : ''}${onsetSentence(data)}`,
  };
}
