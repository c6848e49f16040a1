import { nice } from 'd3';
import type { ComparisonVerdict } from '../../../analysis/index.ts';
import { formatCount, formatPercent, formatRange, formatStat } from '../../../format/index.ts';
import type { Description } from '../common/chart.ts';
import { estimateTextWidth } from '../common/layout.ts';
import { FONT_SIZE } from '../common/theme.ts';

export type CompareData = ComparisonVerdict;

/** One panel of the comparison: one measure, a bar and a 95% interval per strategy. */
export interface ComparePanel {
  readonly key: 'reach' | 'pGlobal' | 'perCost';
  /** The axis title, with its unit, and a short one for narrow charts. */
  readonly label: string;
  readonly shortLabel: string;
  readonly max: number;
  readonly bars: readonly { readonly value: number; readonly low: number; readonly high: number }[];
  readonly format: (v: number) => string;
}

export function isCompareEmpty(data: CompareData): boolean {
  return data.rows.length === 0;
}

/** Costs differ between strategies, so reach per unit of cost ranks them differently from reach. */
export function costsDiffer(data: CompareData): boolean {
  return data.rows.some((r) => r.cost !== data.rows[0].cost);
}

function top(values: readonly number[], ticks: number): number {
  const most = Math.max(0, ...values.filter(Number.isFinite));
  return most > 0 ? nice(0, most, ticks)[1] : 1;
}

/** Mean reach, P(global), and reach per unit of cost when costs differ; intervals clipped at 0 (a count is never negative). */
export function comparePanels(data: CompareData, ticks = 5): ComparePanel[] {
  const bar = (value: number, ci: { low: number; high: number }) => ({
    value,
    low: Math.max(0, ci.low),
    high: ci.high,
  });
  const panels: ComparePanel[] = [
    {
      key: 'reach',
      label: 'mean reach (people)',
      shortLabel: 'mean reach',
      max: top(
        data.rows.map((r) => r.reachCi.high),
        ticks,
      ),
      bars: data.rows.map((r) => bar(r.meanReach, r.reachCi)),
      format: formatStat,
    },
    {
      key: 'pGlobal',
      label: 'P(global): share of runs that went global',
      shortLabel: 'P(global)',
      max: 1,
      bars: data.rows.map((r) => bar(r.pGlobal, r.pGlobalCi)),
      format: formatPercent,
    },
  ];
  if (costsDiffer(data)) {
    panels.push({
      key: 'perCost',
      label: 'people reached per unit of cost',
      shortLabel: 'reach per unit cost',
      max: top(
        data.rows.map((r) => r.reachPerCostCi.high),
        ticks,
      ),
      bars: data.rows.map((r) => bar(r.reachPerCost, r.reachPerCostCi)),
      format: formatStat,
    });
  }
  return panels;
}

/** The strategies' names sit left of the bars: as wide as the longest, but at most 40% of the chart. */
export function labelColumn(labels: readonly string[], chartWidth: number): number {
  const widest = Math.max(0, ...labels.map((l) => estimateTextWidth(l, FONT_SIZE.tick)));
  return Math.round(Math.min(chartWidth * 0.4, Math.max(60, widest + 14)));
}

/** Pixels per strategy row, and the space under each panel for its axis. */
export const ROW = { height: 30, bar: 16, axis: 54, gap: 14 } as const;

/** Tops of the panels (from the plot's top) and the total height they take. */
export function panelTops(
  rows: number,
  panels: number,
): { tops: number[]; panelHeight: number; height: number } {
  const panelHeight = rows * ROW.height + 6;
  const step = panelHeight + ROW.axis + ROW.gap;
  return {
    tops: Array.from({ length: panels }, (_, i) => i * step),
    panelHeight,
    height: panels * step - ROW.gap,
  };
}

export function describeCompare(data: CompareData): Description {
  const rows = data.rows.map(
    (r) =>
      `${r.label}${r.label === data.best ? ' (most reach)' : ''}: ${formatCount(r.seeds)} ${r.seeds === 1 ? 'seed' : 'seeds'}, cost ${formatStat(r.cost)}, ` +
      `mean reach ${formatStat(r.meanReach)} people (95% CI ${formatRange(r.reachCi.low, r.reachCi.high)}), P(global) ${formatPercent(r.pGlobal)}` +
      (costsDiffer(data) ? `, ${formatStat(r.reachPerCost)} people per unit of cost.` : '.'),
  );
  return { desc: `${rows.join(' ')} ${data.verdict}`, caption: data.verdict };
}

/** The panel's axis title: the full one if it fits under the panel (it may overhang a little), else the short one. */
export function axisTitle(panel: ComparePanel, width: number): string {
  return estimateTextWidth(panel.label, FONT_SIZE.label) <= width + 40
    ? panel.label
    : panel.shortLabel;
}
