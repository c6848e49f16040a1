import { nice } from 'd3';
import type { FirstWaveRow } from '../../../analysis/index.ts';
import { formatCount, formatPercent } from '../../../format/index.ts';
import type { Description } from '../common/chart.ts';

/** P(global | first-wave size) from an ensemble (globalByFirstWave's result, as it is). */
export interface FirstWaveData {
  readonly rows: readonly FirstWaveRow[];
  /** globalByFirstWave's sentences: what the rows say. */
  readonly explanation: string;
}

export interface FirstWavePoint {
  /** Where the dot goes: the size, or the middle of a bin of sizes. */
  readonly x: number;
  readonly low: number;
  readonly high: number;
  readonly row: FirstWaveRow;
  /** "4" or "10–14" people. */
  readonly sizes: string;
}

export function isFirstWaveEmpty(data: FirstWaveData): boolean {
  return data.rows.every((r) => r.runs === 0);
}

function sizes(row: FirstWaveRow): string {
  const hi = row.firstGenerationMax ?? row.firstGeneration;
  return hi > row.firstGeneration
    ? `${formatCount(row.firstGeneration)}–${formatCount(hi)}`
    : formatCount(row.firstGeneration);
}

export function firstWavePoints(data: FirstWaveData): FirstWavePoint[] {
  return data.rows
    .filter((r) => r.runs > 0)
    .map((row) => {
      const high = Math.max(row.firstGeneration, row.firstGenerationMax ?? row.firstGeneration);
      return {
        x: (row.firstGeneration + high) / 2,
        low: row.firstGeneration,
        high,
        row,
        sizes: sizes(row),
      };
    })
    .sort((a, b) => a.x - b.x);
}

/** 0 to a round number past the largest first wave (half a size of room either side of the dots). */
export function firstWaveDomain(
  points: readonly FirstWavePoint[],
  ticks: number,
): [number, number] {
  const most = Math.max(1, ...points.map((p) => p.high));
  return [-0.5, Math.max(most + 0.5, nice(0, most, ticks)[1])];
}

/** Where no run went global: from 0 up to half a size past the last such row before the first one that did (null if none). */
export function deadZone(points: readonly FirstWavePoint[]): number | null {
  const k = points.findIndex((p) => p.row.pGlobal > 0);
  return k > 0 ? points[k - 1].high + 0.5 : null;
}

/** The first size from which most runs went global (null if none did). */
export function mostFrom(points: readonly FirstWavePoint[]): FirstWavePoint | null {
  return points.find((p) => p.row.pGlobal >= 0.5) ?? null;
}

/**
 * The finding in one sentence, in the data's numbers: "When fewer than 3 people shared first,
 * no run went global; from 6 on, most did."
 */
export function firstWaveHeadline(points: readonly FirstWavePoint[]): string {
  if (points.length === 0) return '';
  const runs = points.reduce((a, p) => a + p.row.runs, 0);
  const globals = points.reduce((a, p) => a + p.row.pGlobal * p.row.runs, 0);
  if (globals === 0) return 'No run went global, whatever the size of its first wave.';
  if (Math.abs(globals - runs) < 1e-9)
    return 'Every run went global, whatever the size of its first wave.';
  const k = points.findIndex((p) => p.row.pGlobal > 0);
  const start = points[k].low;
  const first =
    k === 0
      ? `Even with ${points[0].sizes} ${points[0].high === 1 ? 'person' : 'people'} in the first wave, ${formatPercent(points[0].row.pGlobal)} of runs went global`
      : start === 1
        ? 'When no one shared in the first wave, no run went global'
        : `When fewer than ${formatCount(start)} people shared first, no run went global`;
  const j = points.findIndex((p) => p.row.pGlobal >= 0.5);
  if (j < 0)
    return `${first}; even the largest first waves went global at most ${formatPercent(Math.max(...points.map((p) => p.row.pGlobal)))} of the time.`;
  const tail = points.slice(j);
  const share =
    tail.reduce((a, p) => a + p.row.pGlobal * p.row.runs, 0) /
    tail.reduce((a, p) => a + p.row.runs, 0);
  const how =
    share >= 0.9 ? 'almost all did' : share >= 0.5 ? 'most did' : `${formatPercent(share)} did`;
  return `${first}; from ${formatCount(points[j].low)} on, ${how}.`;
}

export function describeFirstWave(data: FirstWaveData): Description {
  const points = firstWavePoints(data);
  const runs = points.reduce((a, p) => a + p.row.runs, 0);
  return {
    desc: `${formatCount(runs)} runs grouped by the size of their first wave. ${data.explanation}`,
    caption:
      `${firstWaveHeadline(points)} Each dot is the share of runs that went global among those whose first wave (the people the seeds ` +
      'reached directly) had that size; whiskers are 95% intervals, wide where few runs had that size.',
  };
}
