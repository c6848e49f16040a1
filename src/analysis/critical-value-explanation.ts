import { formatPercent, formatRange, formatStat as num } from '../format/index.ts';
import type { EvenCrossing, EvenMiss } from './better-than-even.ts';
import { type Direction, mainGlobalStretch } from './global-stretch.ts';
import { type GridPoint, share } from './grid.ts';
import type { Interval } from './interval.ts';
import type { OnsetFit, OnsetMiss } from './onset.ts';

export interface ExplanationInput {
  /** Sweep points in ascending parameter order. */
  readonly grid: readonly GridPoint[];
  readonly direction: Direction;
  readonly fit: OnsetFit | OnsetMiss;
  readonly onset: Interval | null;
  readonly even: EvenCrossing | EvenMiss | null;
  readonly globalFraction: number | undefined;
}

/** What the reader of a sweep chart is seeing, in one to three plain sentences. */
export function explainCriticalValue(input: ExplanationInput): string {
  const { grid, direction, fit } = input;
  if (grid.length < 2)
    return 'One value cannot show a tipping point: sweep several values on both sides of where you expect it.';
  const up = direction === 'increasing';
  const [before, past] = up ? ['Below', 'above'] : ['Above', 'below'];
  const start = up ? grid[0] : grid[grid.length - 1];
  const end = up ? grid[grid.length - 1] : grid[0];
  if (fit === 'never-global') {
    const size =
      input.globalFraction !== undefined
        ? ` (${formatPercent(input.globalFraction)} of the network)`
        : '';
    return (
      `No run reached the global size${size} anywhere from ${num(grid[0].value)} to ${num(grid[grid.length - 1].value)}: ` +
      `the content always died out. Global cascades, if they can happen at all, need a value ${past} ${num(end.value)}.`
    );
  }
  const sentences: string[] = [];
  if (fit === 'starts-global') {
    sentences.push(
      `Global cascades already happen at ${num(start.value)} (P(global) = ${formatPercent(share(start))}), the ${up ? 'smallest' : 'largest'} value swept, ` +
        `so the tipping point lies ${before.toLowerCase()} it: extend the sweep to see it.`,
    );
  } else if (fit !== 'one-point' && input.onset) {
    const peak = fit.peakUsed ? ', where the cascades that stay small are largest' : '';
    sentences.push(
      `${before} about ${num(fit.value)} ${diedOut(grid, up, fit.bracket)}; ${past} it global cascades become possible ` +
        `(onset ${num(fit.value)}, 95% CI ${formatRange(input.onset.low, input.onset.high)})${peak}.`,
    );
  }
  sentences.push(evenSentence(input.even, grid, start, past));
  const stretch = mainGlobalStretch(grid);
  if (stretch && stretch.start > 0 && stretch.end < grid.length - 1) {
    const closes = up ? grid[stretch.end].value : grid[stretch.start].value;
    sentences.push(
      `P(global) falls back to zero ${past} ${num(closes)}: global cascades are possible only inside a window.`,
    );
  }
  return sentences.join(' ');
}

/** "every cascade died out", or, when isolated lucky runs were set aside, how many there were. */
function diedOut(grid: readonly GridPoint[], up: boolean, bracket: Interval): string {
  const before = grid.filter((p) => (up ? p.value <= bracket.low : p.value >= bracket.high));
  const lucky = before.reduce((a, p) => a + p.globals, 0);
  if (lucky === 0) return 'every cascade died out';
  return `cascades died out (all but ${num(lucky)} of ${num(before.reduce((a, p) => a + p.runs, 0))} runs)`;
}

function evenSentence(
  even: EvenCrossing | EvenMiss | null,
  grid: readonly GridPoint[],
  start: GridPoint,
  past: string,
): string {
  if (even === 'starts-above')
    return `More than half the runs already go global at ${num(start.value)}.`;
  if (even === null || even === 'never') {
    const most = Math.max(...grid.map(share));
    return `P(global) never reaches one half in this range (at most ${formatPercent(most)}).`;
  }
  return `P(global) passes one half at ${num(even.value)} (95% CI ${formatRange(even.interval.low, even.interval.high)}): ${past} that, more than half the runs go global.`;
}
