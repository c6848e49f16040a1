import { describe, expect, it } from 'vitest';
import { globalByFirstWave } from '../../src/analysis/index.ts';
import { createRng } from '../../src/random/rng.ts';
import { wilsonInterval } from '../../src/sim/statistics.ts';
import { GLOBAL_FRACTION, NODES, record } from './synthetic.ts';

/**
 * Runs whose first generation k is drawn from a long-tailed law (up to a few hundred) and that
 * go global with probability min(1, max(0, k − 4)/40): never below 5 first-generation sharers.
 */
function synthetic(runs: number, seed = 'first-wave') {
  const rng = createRng(seed);
  return Array.from({ length: runs }, (_, i) => {
    const k = Math.floor(Math.exp(rng() * Math.log(400))) - 1;
    const global = rng() < Math.min(1, Math.max(0, k - 4) / 40);
    return record(i, global ? 500 : 1 + k, k);
  });
}

describe('globalByFirstWave', () => {
  const records = synthetic(5000);
  const { rows, explanation } = globalByFirstWave(records, NODES, GLOBAL_FRACTION);

  it('covers every run in at most 25 contiguous rows, one size each while they are small', () => {
    expect(rows.length).toBeLessThanOrEqual(25);
    expect(rows.reduce((a, r) => a + r.runs, 0)).toBe(5000);
    for (let i = 1; i < rows.length; i++)
      expect(rows[i].firstGeneration).toBeGreaterThan(rows[i - 1].firstGenerationMax);
    expect(rows.slice(0, 5).every((r) => r.firstGeneration === r.firstGenerationMax)).toBe(true);
    const last = rows[rows.length - 1];
    expect(last.firstGenerationMax).toBeGreaterThanOrEqual(
      Math.max(...records.map((r) => r.firstGeneration)),
    );
    const widths = rows.map((r) => r.firstGenerationMax - r.firstGeneration + 1);
    expect(widths[widths.length - 1]).toBeGreaterThan(10); // geometric bins at the tail
  });

  it('gives P(global) per row with its Wilson interval, rising with the first wave', () => {
    for (const r of rows) {
      const members = records.filter(
        (x) => x.firstGeneration >= r.firstGeneration && x.firstGeneration <= r.firstGenerationMax,
      );
      const globals = members.filter((x) => x.reach >= 100).length;
      expect(r.runs).toBe(members.length);
      expect(r.pGlobal).toBe(globals / members.length);
      expect([r.ci95.low, r.ci95.high]).toEqual(wilsonInterval(globals, members.length));
    }
    expect(rows.filter((r) => r.firstGenerationMax <= 4).every((r) => r.pGlobal === 0)).toBe(true);
    expect(rows[rows.length - 1].pGlobal).toBe(1);
    // Monotone up to noise: each row's interval reaches the previous row's.
    for (let i = 1; i < rows.length; i++)
      expect(rows[i].ci95.high).toBeGreaterThanOrEqual(rows[i - 1].ci95.low);
  });

  it('says in words where the first wave decides', () => {
    const dead = records.filter((r) => r.firstGeneration <= 4).length;
    expect(explanation).toContain(
      `Runs whose first level of sharing reached at most 4 people never went global (${dead.toLocaleString('en-US')} of 5,000 runs).`,
    );
    expect(explanation).toMatch(
      /Of the runs whose first wave reached \d+ people or more, \d+% went global\./,
    );
  });

  it('keeps one row per size when they fit, and honours maxRows', () => {
    const few = [0, 0, 1, 3, 3, 3].map((k, i) => record(i, k === 3 ? 200 : 1, k));
    const exact = globalByFirstWave(few, NODES, GLOBAL_FRACTION).rows;
    expect(exact.map((r) => [r.firstGeneration, r.firstGenerationMax, r.runs, r.pGlobal])).toEqual([
      [0, 0, 2, 0],
      [1, 1, 1, 0],
      [3, 3, 3, 1],
    ]);
    expect(
      globalByFirstWave(records, NODES, GLOBAL_FRACTION, { maxRows: 6 }).rows.length,
    ).toBeLessThanOrEqual(6);
    expect(
      globalByFirstWave(records, NODES, GLOBAL_FRACTION, { maxRows: 2 }).rows.length,
    ).toBeLessThanOrEqual(2);
    expect(() => globalByFirstWave(records, NODES, GLOBAL_FRACTION, { maxRows: 1 })).toThrow(
      RangeError,
    );
  });

  it('explains the degenerate ensembles', () => {
    expect(globalByFirstWave([], NODES, GLOBAL_FRACTION)).toEqual({
      rows: [],
      explanation: 'There are no runs to group.',
    });
    const none = [record(0, 3, 2), record(1, 5, 4)];
    expect(globalByFirstWave(none, NODES, GLOBAL_FRACTION).explanation).toMatch(
      /^No run went global/,
    );
    const all = [record(0, 300, 2), record(1, 500, 4)];
    expect(globalByFirstWave(all, NODES, GLOBAL_FRACTION).explanation).toMatch(
      /^Every run went global/,
    );
    const early = [record(0, 300, 0), record(1, 5, 0), record(2, 5, 1)];
    expect(globalByFirstWave(early, NODES, GLOBAL_FRACTION).explanation).toContain(
      'Even runs whose first wave reached only 0 people went global 50% of the time.',
    );
  });
});
