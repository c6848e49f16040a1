import { formatCount, formatPercent, formatStat } from '../../../format/index.ts';
import type { Description } from '../common/chart.ts';
import { outsideNote, type SweepMarker, sweepMarkers } from './sweep-markers-model.ts';
import {
  extraPanels,
  type SweepChartData,
  type SweepRow,
  sweepDomain,
  sweepRows,
  theoryCurve,
} from './sweep-model.ts';

function runsText(rows: readonly SweepRow[]): string {
  const lo = Math.min(...rows.map((r) => r.runs));
  const hi = Math.max(...rows.map((r) => r.runs));
  return lo === hi
    ? `${formatCount(lo)} ${lo === 1 ? 'run' : 'runs'} each`
    : `${formatCount(lo)} to ${formatCount(hi)} runs each`;
}

/** The words written on the chart under the plot: the estimate's explanation, and any marker beyond the range. */
export function sweepNote(data: SweepChartData): string {
  const rows = sweepRows(data);
  const explanation =
    data.estimate?.explanation ??
    (rows.length < 2
      ? 'One value so far: the tipping point shows once the sweep has values on both sides of it.'
      : '');
  return [explanation, outsideNote(sweepMarkers(data.estimate, data.theory), sweepDomain(rows))]
    .filter(Boolean)
    .join(' ');
}

function markerSentence(all: readonly SweepMarker[], domain: readonly [number, number]): string {
  const markers = all.filter((m) => !outsideNote([m], domain));
  const parts = markers.map((m) => {
    if (m.key === 'onset')
      return `the estimated onset, where global cascades first become possible${m.strip ? ' (grey: its 95% CI)' : ''}`;
    if (m.key === 'even') return 'where P(global) passes one half';
    return m.strip
      ? "the theory's cascade window (green)"
      : "the theory's critical value (green, dashed)";
  });
  if (parts.length === 0) return '';
  const list =
    parts.length === 1
      ? parts[0]
      : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  return `Vertical lines mark ${list}.`;
}

export function describeSweep(data: SweepChartData): Description {
  const rows = sweepRows(data);
  const first = rows[0];
  const last = rows[rows.length - 1];
  const markers = sweepMarkers(data.estimate, data.theory);
  const extras = extraPanels(data);
  const label = data.parameterLabel;
  const range =
    rows.length === 1
      ? `One value of ${label} so far (${formatStat(first.value)}, ${runsText(rows)}): P(global) ${formatPercent(first.pGlobal)}, mean reach ${formatStat(first.meanReach)} people.`
      : `${rows.length} values of ${label} from ${formatStat(first.value)} to ${formatStat(last.value)}, ${runsText(rows)}. ` +
        `P(global) goes from ${formatPercent(first.pGlobal)} to ${formatPercent(last.pGlobal)}; mean reach from ` +
        `${formatStat(first.meanReach)} to ${formatStat(last.meanReach)} people of ${formatCount(data.nodes)}.`;
  const marks = markers.map((m) => `${m.lines.join(', ')}.`).join(' ');
  const theory = data.theory && data.theory.kind !== 'none' ? ` Theory: ${data.theory.note}` : '';
  const caption = [
    `Each value of ${label} is an ensemble of runs: the line is the mean reach in people (shaded: 95% CI of the mean); the dots, ` +
      'on the right axis, the share of runs that went global, P(global), with 95% intervals.',
    theoryCurve(data.theory, sweepDomain(rows)).length > 1 &&
      'The dotted green curve is the theory for a random network: the share of people a global cascade reaches, which for a single seed is also P(global).',
    markerSentence(markers, sweepDomain(rows)),
    extras.includes('small') &&
      'Below: the mean size of the runs that stayed small, which peaks near the onset (the signature of a tipping point).',
    extras.includes('spread') &&
      `${extras.includes('small') ? 'Then' : 'Below'}: how much runs differ (standard deviation of reach), largest where some runs go global and others die out.`,
    sweepNote(data),
  ];
  return {
    desc: [range, marks, sweepNote(data)].filter(Boolean).join(' ') + theory,
    caption: caption.filter(Boolean).join(' '),
  };
}
