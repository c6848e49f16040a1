import { describe, expect, it } from 'vitest';
import { estimateCriticalValue } from '../../src/analysis/index.ts';
import { erdosRenyiFinalSize } from '../../src/theory/index.ts';
import { grid, syntheticSweep } from './synthetic.ts';

/** P(global) rising linearly from 0 at 0.32 (slope 2.5): onset 0.32, one half at 0.52. */
const ramp = (x: number) => 2.5 * (x - 0.32);
const RAMP_GRID = grid(0.1, 0.9, 0.05);

describe('estimateCriticalValue on synthetic sweeps with a known answer', () => {
  it('recovers a linear onset and the one-half crossing (exact counts)', () => {
    const e = estimateCriticalValue(
      syntheticSweep(RAMP_GRID, ramp, { runs: 400, exact: true, peakAt: 0.32 }),
    );
    expect(e.direction).toBe('increasing');
    // Bracket [0.3, 0.35]; the extended rise meets zero at 0.32 exactly; the peak of the small
    // runs (built at 0.32) is found between grid points. Tolerance: 0.01, a fifth of the grid step.
    expect(e.onset!.bracket).toEqual({ low: 0.3, high: 0.35 });
    expect(Math.abs(e.onset!.value - 0.32)).toBeLessThan(0.01);
    expect(Math.abs(e.susceptibilityPeak!.value - 0.32)).toBeLessThan(0.025);
    expect(e.betterThanEven!.value).toBeCloseTo(0.52, 10); // 0.45 at 0.5, 0.575 at 0.55
    expect(e.betterThanEven!.interval.low).toBeLessThan(0.52);
    expect(e.betterThanEven!.interval.high).toBeGreaterThan(0.52);
    expect(e.explanation).toMatch(
      /^Below about 0\.3\d+ every cascade died out; above it global cascades become possible/,
    );
  });

  it('recovers the Erdős–Rényi onset 1/z and crossing 2 ln 2/z from Bernoulli draws of S(T)', () => {
    // 300 runs per point. Crossing: SE of P ≈ 0.029, slope ≈ 2.4 → ≈ 0.012 in T; tolerance 0.03.
    const e = estimateCriticalValue(
      syntheticSweep(grid(0.1, 0.45, 0.025), (t) => erdosRenyiFinalSize(4, t), { peakAt: 0.25 }),
    );
    expect(Math.abs(e.onset!.value - 0.25)).toBeLessThanOrEqual(0.025);
    expect(e.onset!.interval.high - e.onset!.interval.low).toBeLessThan(0.05);
    expect(Math.abs(e.betterThanEven!.value - (2 * Math.LN2) / 4)).toBeLessThan(0.03);
  });

  it('finds the middle of a logistic P(global), with an interval around it', () => {
    const logistic = (x: number) => 1 / (1 + Math.exp(-(x - 0.5) / 0.04));
    const e = estimateCriticalValue(
      syntheticSweep(grid(0.2, 0.8, 0.025), logistic, { seed: 'logistic' }),
    );
    expect(Math.abs(e.betterThanEven!.value - 0.5)).toBeLessThan(0.02);
    expect(e.betterThanEven!.interval.low).toBeLessThan(0.5);
    expect(e.betterThanEven!.interval.high).toBeGreaterThan(0.5);
    expect(e.onset!.value).toBeLessThan(0.4); // a logistic leaves zero (on 300 runs) well before its middle
  });

  it('reads a falling P(global) as a threshold sweep (φ): onset on the high side', () => {
    // Mirror image of the ramp: P = 2.5·(0.42 − φ), onset 0.42, one half at 0.22.
    const e = estimateCriticalValue(
      syntheticSweep(grid(0.05, 0.6, 0.05), (phi) => 2.5 * (0.42 - phi), {
        runs: 400,
        exact: true,
        peakAt: 0.42,
      }),
    );
    expect(e.direction).toBe('decreasing');
    expect(e.onset!.bracket).toEqual({ low: 0.4, high: 0.45 });
    expect(Math.abs(e.onset!.value - 0.42)).toBeLessThan(0.01);
    expect(e.betterThanEven!.value).toBeCloseTo(0.22, 10);
    expect(e.explanation).toMatch(/^Above about 0\.4\d+ every cascade died out; below it/);
    expect(e.explanation).toContain('below that, more than half the runs go global');
  });

  it('ignores a lucky run far below the threshold and a dip in the rise (noise)', () => {
    const noisy = (x: number) => (x === 0.15 ? 1 / 400 : x === 0.6 ? ramp(0.5) : ramp(x));
    const clean = estimateCriticalValue(
      syntheticSweep(RAMP_GRID, ramp, { runs: 400, exact: true, peakAt: 0.32 }),
    );
    const e = estimateCriticalValue(
      syntheticSweep(RAMP_GRID, noisy, { runs: 400, exact: true, peakAt: 0.32 }),
    );
    expect(e.onset!.value).toBe(clean.onset!.value);
    expect(e.betterThanEven!.value).toBeGreaterThan(0.5); // isotonic: the dip at 0.6 is pooled, not a second crossing
    expect(e.betterThanEven!.value).toBeLessThan(0.6);
    expect(e.explanation).toContain('cascades died out (all but 1 of 2,000 runs)'); // 0.1–0.3: five points of 400
  });

  it('sorts its input: the order of the points does not matter', () => {
    const points = syntheticSweep(RAMP_GRID, ramp, { runs: 400, exact: true });
    expect(estimateCriticalValue([...points].reverse())).toEqual(estimateCriticalValue(points));
  });
});

describe('the bootstrap interval', () => {
  const points = syntheticSweep(grid(0.1, 0.45, 0.025), (t) => erdosRenyiFinalSize(4, t), {
    peakAt: 0.25,
  });

  it('is deterministic for a fixed seed and changes with it', () => {
    const a = estimateCriticalValue(points, { seed: 11 });
    expect(estimateCriticalValue(points, { seed: 11 })).toEqual(a);
    const b = estimateCriticalValue(points, { seed: 12 });
    expect(b.onset!.value).toBe(a.onset!.value);
    expect(b.onset!.interval).not.toEqual(a.onset!.interval);
  });

  it('always contains the estimate, and shrinks to it with no resamples', () => {
    const e = estimateCriticalValue(points, { bootstrap: 50 });
    expect(e.onset!.interval.low).toBeLessThanOrEqual(e.onset!.value);
    expect(e.onset!.interval.high).toBeGreaterThanOrEqual(e.onset!.value);
    const none = estimateCriticalValue(points, { bootstrap: 0 });
    expect(none.onset!.interval).toEqual({ low: none.onset!.value, high: none.onset!.value });
    expect(() => estimateCriticalValue(points, { bootstrap: 2.5 })).toThrow(RangeError);
  });
});

describe('sweeps that cannot show an onset', () => {
  it('never global: no onset, no crossing, and it says where to look', () => {
    const e = estimateCriticalValue(syntheticSweep(grid(0.05, 0.2, 0.05), () => 0));
    expect(e.onset).toBeNull();
    expect(e.betterThanEven).toBeNull();
    expect(e.direction).toBe('increasing');
    expect(e.explanation).toContain(
      'No run reached the global size (10% of the network) anywhere from 0.05 to 0.2',
    );
    expect(e.explanation).toContain('need a value above 0.2');
    const phi = estimateCriticalValue(
      syntheticSweep(grid(0.3, 0.5, 0.1), () => 0),
      { direction: 'decreasing' },
    );
    expect(phi.explanation).toContain('need a value below 0.3');
  });

  it('always global: the tipping point lies below the range', () => {
    const e = estimateCriticalValue(syntheticSweep(grid(0.5, 0.9, 0.1), () => 1));
    expect(e.onset).toBeNull();
    expect(e.betterThanEven).toBeNull();
    expect(e.explanation).toContain('Global cascades already happen at 0.5');
    expect(e.explanation).toContain('More than half the runs already go global at 0.5');
  });

  it('starting above zero but rising: no onset, yet a crossing', () => {
    const e = estimateCriticalValue(
      syntheticSweep(grid(0.4, 0.8, 0.1), (x) => 2 * (x - 0.35), { exact: true }),
    );
    expect(e.onset).toBeNull();
    expect(e.betterThanEven!.value).toBeCloseTo(0.6, 10);
    expect(e.explanation).toContain('extend the sweep');
  });

  it('one point (or none): nothing to locate', () => {
    for (const points of [syntheticSweep([0.3], () => 0.4), []]) {
      const e = estimateCriticalValue(points);
      expect(e.onset).toBeNull();
      expect(e.betterThanEven).toBeNull();
      expect(e.susceptibilityPeak).toBeNull();
      expect(e.explanation).toMatch(/^One value cannot show a tipping point/);
    }
  });

  it('P(global) that never reaches one half, and a cascade window', () => {
    const low = estimateCriticalValue(
      syntheticSweep(RAMP_GRID, (x) => Math.min(0.3, ramp(x)), { exact: true }),
    );
    expect(low.betterThanEven).toBeNull();
    expect(low.explanation).toContain('never reaches one half in this range (at most 30%)');
    const window = estimateCriticalValue(
      syntheticSweep(grid(1, 12, 1), (z) => (z >= 3 && z <= 8 ? 0.6 : 0), { exact: true }),
    );
    expect(window.direction).toBe('increasing');
    expect(window.onset!.bracket).toEqual({ low: 2, high: 3 });
    expect(window.explanation).toContain(
      'falls back to zero above 8: global cascades are possible only inside a window',
    );
  });
});
