import { describe, expect, it } from 'vitest';
import {
  isVulnerable,
  poissonDegreeDistribution,
  wattsCascadeCondition,
  wattsCascadeWindow,
} from '../../src/theory/index.ts';

/** Closed form on Poisson graphs: Σ_{k≤K} k(k−1)p_k = z²·P(X ≤ K−2), so cascades iff z·P(X ≤ K−2) > 1. */
function closedFormMargin(z: number, kVulnerable: number): number {
  let term = Math.exp(-z);
  let cdf = 0;
  for (let j = 0; j <= kVulnerable - 2; j++) {
    cdf += term;
    term *= z / (j + 1);
  }
  return z * cdf - 1;
}

describe('isVulnerable', () => {
  it('uses 1/k ≥ φ exactly, including ties such as φ = 0.2, k = 5', () => {
    expect(isVulnerable(5, 0.2)).toBe(true);
    expect(isVulnerable(6, 0.2)).toBe(false);
    expect(isVulnerable(0, 0)).toBe(false);
  });
});

describe('wattsCascadeCondition', () => {
  it('computes lhs and z on a hand-made distribution', () => {
    // p_2 = 0.5, p_3 = 0.5; φ = 0.4: only degree 2 is vulnerable. lhs = 2·1·0.5 = 1, z = 2.5.
    expect(wattsCascadeCondition([0, 0, 0.5, 0.5], 0.4)).toEqual({
      lhs: 1,
      z: 2.5,
      cascades: false,
    });
    // φ = 0.3: both vulnerable. lhs = 1 + 3·2·0.5 = 4 > 2.5.
    expect(wattsCascadeCondition([0, 0, 0.5, 0.5], 0.3)).toEqual({
      lhs: 4,
      z: 2.5,
      cascades: true,
    });
  });

  it('agrees with the Poisson closed form', () => {
    for (const z of [1.5, 3, 5, 7]) {
      const { lhs } = wattsCascadeCondition(poissonDegreeDistribution(z, 200), 0.18);
      let cdf = 0;
      for (let j = 0; j <= 3; j++) cdf += poissonDegreeDistribution(z, 3)[j];
      expect(lhs).toBeCloseTo(z * z * cdf, 12);
    }
  });
});

describe('wattsCascadeWindow (Watts 2002, Fig. 1)', () => {
  it('for φ = 0.18 spans about 1 < z < 6, as in the paper', () => {
    const w = wattsCascadeWindow(0.18)!;
    expect(w.zLow).toBeGreaterThan(1);
    expect(w.zLow).toBeLessThan(1.05);
    expect(w.zHigh).toBeGreaterThan(5.5);
    expect(w.zHigh).toBeLessThan(6);
    // Both edges are roots of the closed form z·P(X ≤ 3) = 1 (vulnerable up to k = 5).
    expect(Math.abs(closedFormMargin(w.zLow, 5))).toBeLessThan(1e-8);
    expect(Math.abs(closedFormMargin(w.zHigh, 5))).toBeLessThan(1e-8);
  });

  it('narrows as φ grows and closes above φ = 1/4', () => {
    const wide = wattsCascadeWindow(0.1)!;
    const narrow = wattsCascadeWindow(0.24)!;
    expect(wide.zHigh).toBeGreaterThan(narrow.zHigh);
    expect(wide.zLow).toBeLessThan(narrow.zLow);
    expect(wattsCascadeWindow(0.25)).not.toBeNull();
    expect(wattsCascadeWindow(0.26)).toBeNull();
  });

  it('reports an edge beyond the scanned range as the range end', () => {
    expect(wattsCascadeWindow(0.18, { zMin: 2, zMax: 4, steps: 10 })).toEqual({
      zLow: 2,
      zHigh: 4,
    });
  });
});
