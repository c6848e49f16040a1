import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  directedPercolationThreshold,
  erdosRenyiThreshold,
  percolationThreshold,
} from '../../src/theory/index.ts';

describe('percolationThreshold', () => {
  it('gives 1/z on Erdős–Rényi moments (⟨k²⟩ = z² + z)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 100, noNaN: true }), (z) => {
        const t = percolationThreshold({ meanDegree: z, meanSquareDegree: z * z + z });
        expect(Math.abs(t * z - 1)).toBeLessThan(1e-12);
        expect(erdosRenyiThreshold(z)).toBe(1 / z);
      }),
    );
  });

  it('matches a hand-computed regular graph: k = 4 gives 4/(16 − 4) = 1/3', () => {
    expect(percolationThreshold({ meanDegree: 4, meanSquareDegree: 16 })).toBeCloseTo(1 / 3, 15);
  });

  it('is Infinity when no giant cluster can form (all degrees 0 or 1)', () => {
    expect(percolationThreshold({ meanDegree: 1, meanSquareDegree: 1 })).toBe(Infinity);
    expect(percolationThreshold({ meanDegree: 0, meanSquareDegree: 0 })).toBe(Infinity);
  });

  it('shrinks as ⟨k²⟩ grows (hubs lower the tipping point)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 10, noNaN: true }),
        fc.double({ min: 1, max: 1000, noNaN: true }),
        (k, extra) => {
          const base = percolationThreshold({ meanDegree: k, meanSquareDegree: k * k + k });
          const heavy = percolationThreshold({
            meanDegree: k,
            meanSquareDegree: k * k + k + extra,
          });
          expect(heavy).toBeLessThan(base);
        },
      ),
    );
  });

  it('rejects impossible moments', () => {
    expect(() => percolationThreshold({ meanDegree: -1, meanSquareDegree: 2 })).toThrow(RangeError);
    expect(() => percolationThreshold({ meanDegree: Number.NaN, meanSquareDegree: 2 })).toThrow(
      RangeError,
    );
  });
});

describe('directedPercolationThreshold', () => {
  it('is ⟨k⟩/⟨k_in k_out⟩: independent Poisson in/out degrees of mean z give 1/z', () => {
    expect(directedPercolationThreshold({ meanDegree: 3, meanInOutDegree: 9 })).toBeCloseTo(
      1 / 3,
      15,
    );
  });

  it('is Infinity when no node both receives and passes on', () => {
    expect(directedPercolationThreshold({ meanDegree: 2, meanInOutDegree: 0 })).toBe(Infinity);
  });
});
