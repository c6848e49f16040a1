import { nice } from 'd3';
import { formatCount, formatPercent } from '../../../format/index.ts';
import type { TimelineBand } from '../../../sim/index.ts';
import type { Description } from '../common/chart.ts';

/** What the spread chart shows: one run's timeline, an ensemble's band, or both. */
export interface SpreadData {
  readonly single?: { readonly newByStep: readonly number[] };
  readonly band?: TimelineBand;
  /** The step playback is at, marked with a vertical line. */
  readonly currentStep?: number;
  readonly nodes: number;
}

/** Running total of new activations: people reached by the end of each step. */
export function cumulative(newByStep: readonly number[]): number[] {
  let total = 0;
  return newByStep.map((n) => (total += n));
}

/** A timeline held at its final value up to `length` steps (a run that has ended keeps its size). */
export function extendTo(series: readonly number[], length: number): number[] {
  const last = series.length ? series[series.length - 1] : 0;
  return Array.from({ length: Math.max(length, series.length) }, (_, i) =>
    i < series.length ? series[i] : last,
  );
}

export function isSpreadEmpty(data: SpreadData): boolean {
  return !data.single?.newByStep.length && !data.band?.mean.length;
}

/** The series to draw, all the same length; null where absent. */
export interface SpreadSeries {
  readonly steps: number;
  readonly single: number[] | null;
  readonly band: TimelineBand | null;
}

export function spreadSeries(data: SpreadData): SpreadSeries {
  const length = Math.max(data.single?.newByStep.length ?? 0, data.band?.mean.length ?? 0);
  const band = data.band?.mean.length ? data.band : null;
  return {
    steps: Math.max(1, length - 1),
    single: data.single?.newByStep.length
      ? extendTo(cumulative(data.single.newByStep), length)
      : null,
    band: band && {
      mean: extendTo(band.mean, length),
      p05: extendTo(band.p05, length),
      p95: extendTo(band.p95, length),
    },
  };
}

/** Top of the people axis: a round number above the highest value, but never above the network's size. */
export function peopleAxisMax(series: SpreadSeries, nodes: number, ticks: number): number {
  const highest = Math.max(1, ...(series.single ?? []), ...(series.band?.p95 ?? []));
  const [, top] = nice(0, highest, ticks);
  return nodes > 0 ? Math.min(top, Math.max(nodes, highest)) : top;
}

function reached(people: number, nodes: number): string {
  return `${formatCount(people)} people (${formatPercent(people / nodes)} of ${formatCount(nodes)})`;
}

export function describeSpread(data: SpreadData): Description {
  const series = spreadSeries(data);
  const last = (s: readonly number[]): number => s[s.length - 1];
  const sentences: string[] = [];
  const runSteps = (data.single?.newByStep.length ?? 0) - 1;
  if (series.single)
    sentences.push(
      `One run reached ${reached(last(series.single), data.nodes)} by step ${runSteps}.`,
    );
  if (series.band) {
    sentences.push(
      `Averaged over all runs, reach grew to ${reached(last(series.band.mean), data.nodes)}; ` +
        `90% of runs ended between ${formatCount(last(series.band.p05))} and ${formatCount(last(series.band.p95))} people.`,
    );
  }
  if (data.currentStep !== undefined) {
    const step = Math.min(Math.max(0, data.currentStep), series.steps);
    const now = (series.single ?? series.band?.mean ?? [])[step];
    sentences.push(`Playback is at step ${step}: ${formatCount(now)} people reached so far.`);
  }
  const caption = [
    'People reached, step by step: each step is one round of sharing, and where the line goes flat the cascade has stopped.',
    series.band &&
      'The shaded band holds the middle 90% of runs: a wide band means luck matters as much as the content.',
    series.single && series.band && 'The other line is the single run you are watching.',
  ];
  return { desc: sentences.join(' '), caption: caption.filter(Boolean).join(' ') };
}
