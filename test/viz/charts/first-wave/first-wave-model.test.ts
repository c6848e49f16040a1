import { describe, expect, it } from 'vitest';
import { type FirstWaveRow, globalByFirstWave } from '../../../../src/analysis/index.ts';
import type { RunRecord } from '../../../../src/sim/ensemble.ts';
import {
  deadZone,
  describeFirstWave,
  firstWaveDomain,
  firstWaveHeadline,
  firstWavePoints,
  isFirstWaveEmpty,
  mostFrom,
} from '../../../../src/viz/charts/first-wave/first-wave-model.ts';

const row = (
  firstGeneration: number,
  pGlobal: number,
  runs = 20,
  firstGenerationMax = firstGeneration,
): FirstWaveRow => ({
  firstGeneration,
  firstGenerationMax,
  runs,
  pGlobal,
  ci95: { low: Math.max(0, pGlobal - 0.1), high: Math.min(1, pGlobal + 0.1) },
});
const headline = (rows: FirstWaveRow[]): string =>
  firstWaveHeadline(firstWavePoints({ rows, explanation: '' }));

describe('first-wave points', () => {
  it('puts a bin of sizes at its middle and keeps its span', () => {
    const points = firstWavePoints({
      rows: [row(10, 1, 5, 14), row(2, 0), row(3, 0.5, 0)],
      explanation: '',
    });
    expect(points.map((p) => [p.x, p.low, p.high, p.sizes])).toEqual([
      [2, 2, 2, '2'],
      [12, 10, 14, '10–14'],
    ]);
  });

  it('is empty without runs', () => {
    expect(isFirstWaveEmpty({ rows: [], explanation: '' })).toBe(true);
    expect(isFirstWaveEmpty({ rows: [row(1, 0, 0)], explanation: '' })).toBe(true);
  });

  it('runs the axis from half a size below 0 to a round number past the largest wave', () => {
    expect(
      firstWaveDomain(firstWavePoints({ rows: [row(0, 0), row(7, 1)], explanation: '' }), 5),
    ).toEqual([-0.5, 7.5]);
    expect(
      firstWaveDomain(firstWavePoints({ rows: [row(0, 0), row(13, 1)], explanation: '' }), 5),
    ).toEqual([-0.5, 14]);
    expect(firstWaveDomain([], 5)).toEqual([-0.5, 1.5]);
  });

  it('shades the sizes that never went global before the first that did, and marks where most did', () => {
    const points = firstWavePoints({
      rows: [row(0, 0), row(1, 0), row(2, 0.2), row(3, 0.6), row(4, 0.4)],
      explanation: '',
    });
    expect(deadZone(points)).toBe(1.5);
    expect(mostFrom(points)?.low).toBe(3);
    expect(deadZone(firstWavePoints({ rows: [row(0, 0.1)], explanation: '' }))).toBeNull();
    expect(deadZone(firstWavePoints({ rows: [row(0, 0), row(1, 0)], explanation: '' }))).toBeNull();
  });
});

describe('first-wave headline', () => {
  it('says the finding in the data’s numbers', () => {
    expect(
      headline([
        row(0, 0),
        row(1, 0),
        row(2, 0),
        row(3, 0.2),
        row(4, 0.4),
        row(6, 0.7),
        row(7, 0.8),
        row(8, 0.75),
      ]),
    ).toBe('When fewer than 3 people shared first, no run went global; from 6 on, most did.');
    expect(headline([row(0, 0), row(1, 0.3), row(2, 0.95), row(3, 1)])).toBe(
      'When no one shared in the first wave, no run went global; from 2 on, almost all did.',
    );
  });

  it('covers waves that always, never or only sometimes go global', () => {
    expect(headline([row(0, 0), row(1, 0)])).toBe(
      'No run went global, whatever the size of its first wave.',
    );
    expect(headline([row(2, 1), row(3, 1)])).toBe(
      'Every run went global, whatever the size of its first wave.',
    );
    expect(headline([row(1, 0.1), row(2, 0.3)])).toBe(
      'Even with 1 person in the first wave, 10% of runs went global; even the largest first waves went global at most 30% of the time.',
    );
    expect(headline([row(0, 0), row(4, 0.6, 10), row(5, 0.2, 40)])).toBe(
      'When fewer than 4 people shared first, no run went global; from 4 on, 28% did.',
    );
    expect(headline([])).toBe('');
  });

  it('puts the headline in the caption and the analysis explanation in the description', () => {
    const { desc, caption } = describeFirstWave({
      rows: [row(0, 0), row(1, 0), row(2, 1)],
      explanation: 'From the analysis.',
    });
    expect(desc).toBe('60 runs grouped by the size of their first wave. From the analysis.');
    expect(caption).toMatch(
      /^When fewer than 2 people shared first, no run went global; from 2 on, almost all did\. Each dot/,
    );
  });

  it('draws the analysis module’s rows as they come', () => {
    const record = (run: number, firstGeneration: number, reach: number) =>
      ({ run, firstGeneration, reach }) as unknown as RunRecord;
    const records = [
      record(0, 0, 1),
      record(1, 1, 2),
      record(2, 1, 3),
      record(3, 4, 90),
      record(4, 5, 95),
      record(5, 5, 4),
    ];
    const result = globalByFirstWave(records, 100, 0.5);
    const points = firstWavePoints(result);
    expect(points.map((p) => p.x)).toEqual([0, 1, 4, 5]);
    expect(firstWaveHeadline(points)).toBe(
      'When fewer than 4 people shared first, no run went global; from 4 on, most did.',
    );
  });
});
