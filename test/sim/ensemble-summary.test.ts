import { describe, expect, it } from 'vitest';
import type { RunRecord } from '../../src/sim/ensemble.ts';
import { summarizeEnsemble } from '../../src/sim/ensemble-summary.ts';

/** A hand-made record whose reach is the sum of its per-step activations. */
function record(run: number, newByStep: number[]): RunRecord {
  const reach = newByStep.reduce((a, b) => a + b, 0);
  return {
    run,
    reach,
    uniqueViewers: reach + 1,
    impressions: 2 * reach,
    firstGeneration: newByStep[1] ?? 0,
    depth: newByStep.length - 1,
    timeToPeak: 0,
    duration: newByStep.length - 1,
    structuralVirality: 0,
    newByStep,
    byGeneration: newByStep,
  };
}

describe('summarizeEnsemble on hand-made records', () => {
  // Reaches 1, 10, 3, 20 on n = 100 nodes; global at 10% → minReach 10.
  const records = [record(0, [1]), record(1, [1, 4, 5]), record(2, [1, 2]), record(3, [1, 9, 10])];

  it('computes P(global) inclusively at the boundary, with the mean of the small runs', () => {
    const s = summarizeEnsemble(records, 100, 0.1);
    expect(s.pGlobal.minReach).toBe(10);
    expect(s.pGlobal.value).toBe(0.5); // 10 and 20 count; 10 is exactly 10%
    expect(s.meanSmallReach).toBe(2); // (1 + 3) / 2
    expect(s.finalSizes).toEqual([1, 10, 3, 20]);
    expect(s.reach.mean).toBe(8.5);
  });

  it('sorts by run index, whatever order the records arrive in', () => {
    const shuffled = [records[2], records[0], records[3], records[1]];
    expect(summarizeEnsemble(shuffled, 100, 0.1)).toEqual(summarizeEnsemble(records, 100, 0.1));
  });

  it('builds the cumulative timeline: ended runs keep their final size; type-7 bands', () => {
    const s = summarizeEnsemble(records, 100, 0.1);
    // Cumulative per step: run0 [1,1,1], run1 [1,5,10], run2 [1,3,3], run3 [1,10,20].
    expect(s.timeline.mean).toEqual([1, 19 / 4, 34 / 4]);
    // Step 2 column sorted: 1, 3, 10, 20; p05: h = 0.15 → 1 + 0.15·2 = 1.3; p95: h = 2.85 → 10 + 0.85·10 = 18.5.
    expect(s.timeline.p05[2]).toBeCloseTo(1.3, 12);
    expect(s.timeline.p95[2]).toBeCloseTo(18.5, 12);
  });

  it('has a size histogram over [0, n] with min(50, n) bins that counts every run', () => {
    const s = summarizeEnsemble(records, 100, 0.1);
    expect(s.sizeHistogram.counts).toHaveLength(50);
    expect(s.sizeHistogram.counts[0]).toBe(1); // reach 1 in [0, 2)
    expect(s.sizeHistogram.counts[1]).toBe(1); // reach 3 in [2, 4)
    expect(s.sizeHistogram.counts[5]).toBe(1); // reach 10 in [10, 12)
    expect(s.sizeHistogram.counts[10]).toBe(1); // reach 20
    expect(summarizeEnsemble(records, 20, 0.1).sizeHistogram.counts).toHaveLength(20);
  });

  it('needs at least one node for a run to be global, even at globalFraction 0', () => {
    expect(summarizeEnsemble(records, 100, 0).pGlobal.minReach).toBe(1);
    expect(summarizeEnsemble([], 100, 0.1).pGlobal.value).toBeNaN();
  });

  // KNOWN ENGINE BUG (see report): src/sim/ensemble-summary.ts computes
  // minReach = ceil(globalFraction × nodes) in floating point, so 0.07 × 100 = 7.000000000000001
  // gives minReach 8: a run reaching exactly 7% of 100 nodes is not "global" although it reaches
  // "at least the set fraction" (DESIGN §4). 141 (fraction, n) pairs with two-decimal fractions
  // and n ≤ 1000 are off by one (0.07, 0.14, 0.28, 0.56, … at multiples of 50 or 100).
  it('counts a run reaching exactly the set fraction as global (two-decimal fractions)', () => {
    const wrong: string[] = [];
    for (let c = 1; c < 100; c++) {
      const fraction = Number.parseFloat(`0.${String(c).padStart(2, '0')}`);
      for (const n of [50, 100, 200, 300, 1000]) {
        const exact = Math.max(1, Math.ceil((c * n) / 100)); // integer arithmetic: exact
        const got = summarizeEnsemble([], n, fraction).pGlobal.minReach;
        if (got !== exact) wrong.push(`${fraction} of ${n}: ${got} instead of ${exact}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
