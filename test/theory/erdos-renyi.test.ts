import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { erdosRenyiFinalSize, erdosRenyiThreshold } from '../../src/theory/index.ts';

describe('erdosRenyiThreshold', () => {
  it('is 1/z, and Infinity for an empty graph', () => {
    expect(erdosRenyiThreshold(4)).toBe(0.25);
    expect(erdosRenyiThreshold(0)).toBe(Infinity);
  });
});

describe('erdosRenyiFinalSize', () => {
  it('hits the known point z = 2, T = 1: S = 0.7968121300…', () => {
    expect(erdosRenyiFinalSize(2, 1)).toBeCloseTo(0.79681213002002, 12);
  });

  it('solves S = 1 − exp(−zTS) to 1e-12', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 50, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (z, t) => {
          const s = erdosRenyiFinalSize(z, t);
          expect(Math.abs(s - (1 - Math.exp(-z * t * s)))).toBeLessThan(1e-12);
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('is exactly 0 at and below the threshold zT ≤ 1', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 50, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (z, frac) => {
          const t = Math.min(1, frac / z);
          expect(erdosRenyiFinalSize(z, t)).toBe(0);
        },
      ),
    );
  });

  it('picks the non-trivial root just above the threshold (S ≈ 2ε for zT = 1 + ε)', () => {
    const eps = 1e-6;
    expect(erdosRenyiFinalSize(1 + eps, 1) / (2 * eps)).toBeCloseTo(1, 4);
  });

  it('increases with T', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 20, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (z, a, b) => {
          const [lo, hi] = a < b ? [a, b] : [b, a];
          expect(erdosRenyiFinalSize(z, hi)).toBeGreaterThanOrEqual(erdosRenyiFinalSize(z, lo));
        },
      ),
    );
  });

  it('rejects a transmissibility outside [0, 1]', () => {
    expect(() => erdosRenyiFinalSize(2, 1.5)).toThrow(RangeError);
  });
});
