import { formatCount, formatPercent, formatPGlobal } from '../../../format/index.ts';
import type { Histogram } from '../../../sim/index.ts';
import type { Description } from '../common/chart.ts';

/** What the reach histogram shows (the fields of EnsembleSummary it needs). */
export interface ReachHistogramData {
  readonly histogram: Histogram;
  readonly nodes: number;
  /** The smallest reach that counts as a global cascade. */
  readonly minReach: number;
  readonly pGlobal: { readonly value: number; readonly ci95: readonly [number, number] };
}

export interface ReachBar {
  readonly x0: number;
  readonly x1: number;
  readonly count: number;
  /** Share of all runs in this bar. */
  readonly share: number;
  /** Whole reaches the bar holds, e.g. "40–79". */
  readonly label: string;
  /** Every run in the bar is a global cascade. */
  readonly global: boolean;
}

export function totalRuns(histogram: Histogram): number {
  return histogram.counts.reduce((a, b) => a + b, 0);
}

/** Bin i holds reaches in [edges[i], edges[i+1]), the last bin its upper edge too; reaches are whole numbers. */
export function reachBars(data: ReachHistogramData): ReachBar[] {
  const { edges, counts } = data.histogram;
  const runs = totalRuns(data.histogram);
  return counts.map((count, i) => {
    const lo = Math.ceil(edges[i]);
    const hi = i === counts.length - 1 ? Math.floor(edges[i + 1]) : Math.ceil(edges[i + 1]) - 1;
    const label = lo >= hi ? formatCount(lo) : `${formatCount(lo)}–${formatCount(hi)}`;
    return {
      x0: edges[i],
      x1: edges[i + 1],
      count,
      share: runs ? count / runs : 0,
      label,
      global: lo >= data.minReach,
    };
  });
}

/** A bar's height: at least one pixel when it holds any run, so rare outcomes stay visible. */
export function barHeight(pixels: number, count: number): number {
  return count > 0 ? Math.max(1, pixels) : 0;
}

export function globalLabel(minReach: number): string {
  return `global cascade ≥ ${formatCount(minReach)} people`;
}

/** What the shape means, depending on how often the content took off. */
function verdict(p: number): string {
  if (p < 0.02)
    return 'Almost every run dies out near the seeds: the content is below its tipping point.';
  if (p > 0.98) return 'Almost every run takes off: the content is well above its tipping point.';
  const split =
    p < 0.5
      ? 'Most runs die out near the seeds; the rest take off'
      : 'Most runs take off; the rest die out near the seeds';
  return `${split}: two humps mean you are near the tipping point.`;
}

export function describeReachHistogram(data: ReachHistogramData): Description {
  const bars = reachBars(data);
  const runs = totalRuns(data.histogram);
  const tallest = bars.reduce((a, b) => (b.count > a.count ? b : a));
  const share = formatPercent(data.minReach / data.nodes);
  return {
    desc:
      `${formatCount(runs)} runs. The most common final reach is ${tallest.label} people (${formatPercent(tallest.share)} of runs). ` +
      `${formatPGlobal(data.pGlobal)}: the share of runs reaching at least ${formatCount(data.minReach)} people (${share} of the network).`,
    caption:
      `Each bar is the share of runs that ended with that many people reached; runs right of the dashed line ` +
      `(${formatCount(data.minReach)} people, ${share} of the network) are global cascades. ${verdict(data.pGlobal.value)}`,
  };
}
