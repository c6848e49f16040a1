import { formatCount, formatPercent, formatRange, formatStat } from '../../../format/index.ts';
import type { EnsembleSummary, Summary } from '../../../sim/index.ts';

/** The per-run observables the ensemble summary reports (docs/models.md defines each). */
export type ObservableKey =
  | 'reach'
  | 'uniqueViewers'
  | 'impressions'
  | 'firstGeneration'
  | 'depth'
  | 'timeToPeak'
  | 'duration'
  | 'structuralVirality';

export interface ObservableRow {
  readonly key: ObservableKey;
  readonly label: string;
  readonly unit: string;
  /** A one-sentence definition, shown as a tooltip. */
  readonly definition: string;
  /** Counts people, so the mean is also shown as a share of the network. */
  readonly ofNetwork: boolean;
}

const row = (
  key: ObservableKey,
  label: string,
  unit: string,
  definition: string,
  ofNetwork = false,
): ObservableRow => ({
  key,
  label,
  unit,
  definition,
  ofNetwork,
});

export const OBSERVABLE_ROWS: readonly ObservableRow[] = [
  row('reach', 'reach', 'people', 'People who took the content up, seeds included.', true),
  row(
    'uniqueViewers',
    'unique viewers',
    'people',
    'Different people the content was shown to at least once.',
    true,
  ),
  row(
    'impressions',
    'impressions',
    'views',
    'Times the content was shown: each share is shown to every follower of the sharer.',
  ),
  row(
    'firstGeneration',
    'first generation',
    'people',
    'People who got the content straight from a seed: the first level of sharing.',
    true,
  ),
  row(
    'depth',
    'depth',
    'generations',
    'The longest chain of sharing, counted in generations from the seeds.',
  ),
  row('timeToPeak', 'time to peak', 'steps', 'The step with the most new people reached.'),
  row('duration', 'duration', 'steps', 'The last step at which anyone new was reached.'),
  row(
    'structuralVirality',
    'structural virality',
    'hops',
    'Mean distance between two people in the same sharing tree: about 2 for one broadcast, large for long chains of ' +
      'person-to-person sharing (Goel et al. 2016).',
  ),
];

export interface Column {
  readonly heading: string;
  readonly definition: string;
}

export const COLUMNS: readonly Column[] = [
  { heading: 'measure (unit)', definition: 'What was measured in each run, and its unit.' },
  { heading: 'mean', definition: 'The average over all runs.' },
  { heading: 'sd', definition: 'Standard deviation: how much runs differ from each other.' },
  { heading: 'median', definition: 'Half of the runs are below this, half above.' },
  { heading: '5–95%', definition: 'The middle 90% of runs fall in this range.' },
  {
    heading: '95% CI of the mean',
    definition: 'How precisely the runs pin down the mean; more runs make it narrower.',
  },
];

/** The five number cells of a row, formatted (the mean also as a share of the network where it counts people). */
export function rowCells(observable: ObservableRow, s: Summary, nodes: number): string[] {
  const { mean, sd, quantiles: q, ci95 } = s;
  const meanCell =
    observable.ofNetwork && nodes > 0
      ? `${formatStat(mean)} (${formatPercent(mean / nodes)})`
      : formatStat(mean);
  return [
    meanCell,
    formatStat(sd),
    formatStat(q.p50),
    formatRange(q.p05, q.p95),
    formatRange(ci95[0], ci95[1]),
  ];
}

export function tableTitle(runs: number): string {
  return `What happened across ${formatCount(runs)} ${runs === 1 ? 'run' : 'runs'}`;
}

export function observablesCaption(summary: EnsembleSummary): string {
  return (
    `Each row is one measure of a run, summarised over ${formatCount(summary.runs)} runs: the mean is the average, 5–95% is ` +
    'the range the middle 90% of runs fall in, and the 95% CI says how precisely the runs pin the mean down (more runs, narrower).'
  );
}
