import { describe, expect, it } from 'vitest';
import { normalCdf, studentTCritical, studentTTwoSided } from '../../src/analysis/distributions.ts';
import { twoProportionTest, welchTest } from '../../src/analysis/two-sample-tests.ts';

describe('distribution functions (reference values from standard tables)', () => {
  it('normal CDF', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-3)).toBeCloseTo(0.0013499, 6);
  });

  it('Student t: two-sided p-values and critical values', () => {
    expect(studentTTwoSided(1, 1)).toBeCloseTo(0.5, 10); // Cauchy
    expect(studentTTwoSided(2.228139, 10)).toBeCloseTo(0.05, 6);
    expect(studentTTwoSided(2.570582, 5)).toBeCloseTo(0.05, 6);
    expect(studentTCritical(0.05, 10)).toBeCloseTo(2.228139, 5);
    expect(studentTCritical(0.01, 30)).toBeCloseTo(2.749996, 5);
    expect(studentTCritical(0.05, Infinity)).toBeCloseTo(1.959964, 5);
    expect(studentTCritical(0.05, 1e6)).toBeCloseTo(1.959966, 4);
  });
});

describe('two-sample tests', () => {
  it('Welch: textbook example and degenerate samples', () => {
    // means 20 and 22, sd 2 and 3, n 10 and 12: se = √(0.4 + 0.75), df ≈ 19.2, t ≈ −1.865.
    const w = welchTest({ mean: 20, sd: 2, n: 10 }, { mean: 22, sd: 3, n: 12 });
    expect(w.difference).toBe(-2);
    expect(w.pValue).toBeCloseTo(0.0775, 3);
    expect(w.ci.high).toBeGreaterThan(0);
    expect(welchTest({ mean: 5, sd: 0, n: 3 }, { mean: 5, sd: 0, n: 3 }).pValue).toBe(1);
    expect(welchTest({ mean: 5, sd: 0, n: 3 }, { mean: 6, sd: 0, n: 3 }).pValue).toBe(0);
  });

  it('two proportions: pooled z-test', () => {
    // 45/100 vs 30/100: pooled 0.375, se ≈ 0.06847, z ≈ 2.191, p ≈ 0.0285.
    const t = twoProportionTest(45, 100, 30, 100);
    expect(t.difference).toBeCloseTo(0.15, 12);
    expect(t.pValue).toBeCloseTo(0.0285, 3);
    expect(twoProportionTest(0, 50, 0, 80).pValue).toBe(1);
  });
});
