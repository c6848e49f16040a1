import { nice } from 'd3';
import type { CriticalValueEstimate, TheoryPrediction } from '../../../analysis/index.ts';
import type { EnsembleSummary } from '../../../sim/index.ts';
import type { LegendItem } from '../common/legend.ts';
import { NOTE_LINE } from '../common/text-wrap.ts';
import { COLOURS } from '../common/theme.ts';

/** One value of the swept parameter and the ensemble run there. */
export interface SweepChartPoint {
  readonly value: number;
  readonly summary: EnsembleSummary;
}

/** What the sweep chart draws; points may arrive one by one, in any order. */
export interface SweepChartData {
  /** The swept parameter in words, with its unit if it has one: "propagation power", "mean degree (friends)". */
  readonly parameterLabel: string;
  readonly nodes: number;
  readonly points: readonly SweepChartPoint[];
  readonly estimate: CriticalValueEstimate | null;
  readonly theory: TheoryPrediction | null;
  /** Extra lines in a panel below: the mean size of the runs that stay small, and the spread (sd) of the reach. */
  readonly show?: { readonly smallCascades?: boolean; readonly spread?: boolean };
}

/** One drawn value: everything in people or as a share of runs; null where there is nothing to draw. */
export interface SweepRow {
  readonly value: number;
  readonly runs: number;
  readonly meanReach: number;
  readonly reachCi: readonly [number, number];
  readonly pGlobal: number;
  readonly pGlobalCi: readonly [number, number];
  /** Mean reach of the runs that stayed small (null when every run went global). */
  readonly meanSmallReach: number | null;
  readonly sd: number;
}

/** The points that hold runs, in ascending order of the parameter. */
export function sweepRows(data: SweepChartData): SweepRow[] {
  return data.points
    .filter((p) => p.summary.runs > 0 && Number.isFinite(p.value))
    .sort((a, b) => a.value - b.value)
    .map(({ value, summary: s }) => ({
      value,
      runs: s.runs,
      meanReach: s.reach.mean,
      reachCi: [Math.max(0, s.reach.ci95[0]), s.reach.ci95[1]] as const,
      pGlobal: s.pGlobal.value,
      pGlobalCi: s.pGlobal.ci95,
      meanSmallReach: Number.isFinite(s.meanSmallReach) ? s.meanSmallReach : null,
      sd: s.reach.sd,
    }));
}

export function isSweepEmpty(data: SweepChartData): boolean {
  return sweepRows(data).length === 0;
}

/** The swept range; a single value gets room either side (±10%, or ±1 at zero). */
export function sweepDomain(rows: readonly SweepRow[]): [number, number] {
  const lo = Math.min(...rows.map((r) => r.value));
  const hi = Math.max(...rows.map((r) => r.value));
  if (lo < hi) return [lo, hi];
  const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
  return [lo - pad, hi + pad];
}

/** Top of the people axis: the network's size, so it lines up with 0–1 on the P(global) axis. */
export function peopleTop(rows: readonly SweepRow[], nodes: number): number {
  return nodes > 0 ? nodes : Math.max(1, ...rows.map((r) => r.reachCi[1]));
}

/** The extra panels below the sweep: the mean size of the runs that stay small, and the spread of the reach. */
export type ExtraKey = 'small' | 'spread';

export const EXTRA: Record<
  ExtraKey,
  { readonly heading: string; readonly colour: string; readonly tip: string }
> = {
  small: {
    heading: 'Runs that stayed small: mean size',
    colour: COLOURS.orange,
    tip: 'mean size of the runs that stayed small',
  },
  spread: {
    heading: 'How much runs differ (sd of reach)',
    colour: COLOURS.blue,
    tip: 'standard deviation of reach',
  },
};

/** The panels the data asks for, in drawing order. */
export function extraPanels(data: SweepChartData): ExtraKey[] {
  const keys: ExtraKey[] = [];
  if (data.show?.smallCascades) keys.push('small');
  if (data.show?.spread) keys.push('spread');
  return keys;
}

export function extraValue(key: ExtraKey, row: SweepRow): number | null {
  return key === 'small' ? row.meanSmallReach : row.sd;
}

/** Top of an extra panel's people axis: a round number above its highest value. */
export function extraTop(rows: readonly SweepRow[], key: ExtraKey, ticks: number): number {
  return nice(0, Math.max(1, ...rows.map((r) => extraValue(key, r) ?? 0)), ticks)[1];
}

/** The theory's curve inside the swept range (it is drawn on the P(global) axis). */
export function theoryCurve(
  theory: TheoryPrediction | null,
  domain: readonly [number, number],
): [number, number][] {
  const curve = theory?.curve;
  if (!curve) return [];
  return curve.x
    .map((x, i): [number, number] => [x, curve.y[i]])
    .filter(([x, y]) => x >= domain[0] && x <= domain[1] && Number.isFinite(y));
}

export const SWEEP_LABELS = {
  reach: 'mean reach',
  reachBand: '95% CI of the mean',
  pGlobal: 'P(global) with 95% CI',
  theory: 'theory: global cascade size',
} as const;

export function sweepLegend(data: SweepChartData): LegendItem[] {
  const rows = sweepRows(data);
  const items: LegendItem[] = [
    { label: SWEEP_LABELS.reach, kind: 'line', colour: COLOURS.blue },
    { label: SWEEP_LABELS.reachBand, kind: 'area', colour: COLOURS.sky, opacity: 0.4 },
    { label: SWEEP_LABELS.pGlobal, kind: 'point', colour: COLOURS.vermillion },
  ];
  if (theoryCurve(data.theory, sweepDomain(rows)).length > 1)
    items.push({ label: SWEEP_LABELS.theory, kind: 'dashed', colour: COLOURS.green });
  return items;
}

/** Where the parts below the main plot go: the note, then one panel per extra series; the chart's full height. */
export interface SweepLayout {
  readonly noteTop: number;
  readonly panels: readonly {
    readonly left: number;
    readonly top: number;
    readonly width: number;
    readonly height: number;
  }[];
  readonly height: number;
}

/** Room under a plot for its axis, and above a panel for its heading. */
const AXIS_SPACE = 58;
const HEADING = 30;

export function sweepLayout(
  frame: {
    readonly height: number;
    readonly plot: { readonly left: number; readonly width: number; readonly height: number };
  },
  noteLines: number,
  panelCount: number,
): SweepLayout {
  const noteTop = frame.height + 2;
  let y = noteTop + (noteLines > 0 ? noteLines * NOTE_LINE + 8 : 0);
  const height = Math.min(150, Math.max(100, Math.round(frame.plot.height * 0.38)));
  const panels = Array.from({ length: panelCount }, () => {
    const panel = { left: frame.plot.left, top: y + HEADING, width: frame.plot.width, height };
    y = panel.top + height + AXIS_SPACE;
    return panel;
  });
  return { noteTop, panels, height: y + 6 };
}
