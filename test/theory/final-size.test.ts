import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  degreeSequenceFinalSize,
  erdosRenyiFinalSize,
  percolationThreshold,
  poissonDegreeDistribution,
  poissonTailCutoff,
  transmissibility,
} from '../../src/theory/index.ts';

/** Degree counts → the moments percolationThreshold takes. */
function moments(counts: readonly number[]) {
  const n = counts.reduce((a, b) => a + b, 0);
  const meanDegree = counts.reduce((a, c, k) => a + k * c, 0) / n;
  const meanSquareDegree = counts.reduce((a, c, k) => a + k * k * c, 0) / n;
  return { meanDegree, meanSquareDegree };
}

describe('degreeSequenceFinalSize (Newman 2002 generating functions)', () => {
  it('on Poisson degrees is the Erdős–Rényi S = 1 − exp(−zTS), to 1e-9', () => {
    // Tolerance: the Poisson tail beyond the cutoff holds < 1e-15 of the mass and Newton stops
    // at rounding, but near T_c both solutions are ill-conditioned (S ∝ (zT − 1)), hence 1e-9.
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 20, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (z, T) => {
          const pk = poissonDegreeDistribution(z, poissonTailCutoff(z));
          expect(degreeSequenceFinalSize(pk, T)).toBeCloseTo(erdosRenyiFinalSize(z, T), 9);
        },
      ),
    );
  });

  it('on a 3-regular network is the closed form S = 1 − ((1 − T)/T)³ above T_c = 1/2', () => {
    // G0 = x³, G1 = x²: v = 1 − T + T·u solves T·v² − v + 1 − T = 0, smallest root (1 − T)/T.
    const counts = [0, 0, 0, 500];
    for (const T of [0.55, 0.6, 0.75, 0.9, 1]) {
      expect(degreeSequenceFinalSize(counts, T)).toBeCloseTo(1 - ((1 - T) / T) ** 3, 12);
    }
    expect(degreeSequenceFinalSize(counts, 0.5)).toBe(0);
  });

  it('is exactly 0 up to T_c = ⟨k⟩/(⟨k²⟩ − ⟨k⟩) of the same counts, and positive above it', () => {
    const counts = [3, 40, 25, 12, 8, 5, 3, 2, 1, 0, 0, 1];
    const tc = percolationThreshold(moments(counts));
    expect(degreeSequenceFinalSize(counts, tc * (1 - 1e-9))).toBe(0);
    expect(degreeSequenceFinalSize(counts, tc)).toBeLessThan(1e-12);
    expect(degreeSequenceFinalSize(counts, tc * 1.05)).toBeGreaterThan(0);
  });

  it('solves its own equations, grows with T, and counts isolated nodes as never reached', () => {
    const counts = [100, 300, 250, 150, 100, 60, 30, 10];
    const n = counts.reduce((a, b) => a + b, 0);
    let previous = 0;
    for (const T of [0.4, 0.5, 0.6, 0.8, 1]) {
      const S = degreeSequenceFinalSize(counts, T);
      expect(S).toBeGreaterThanOrEqual(previous);
      expect(S).toBeLessThanOrEqual(1 - counts[0] / n);
      previous = S;
    }
    // At T = 1 with no degree-1 nodes everything but the isolated nodes is reached.
    expect(degreeSequenceFinalSize([10, 0, 45, 45], 1)).toBeCloseTo(0.9, 12);
  });

  it('rejects a transmissibility outside [0, 1] and an empty network', () => {
    expect(() => degreeSequenceFinalSize([0, 10], 1.5)).toThrow(RangeError);
    expect(() => degreeSequenceFinalSize([0, 0], 0.5)).toThrow(RangeError);
    expect(() => degreeSequenceFinalSize([0, -1], 0.5)).toThrow(RangeError);
  });
});

describe('transmissibility', () => {
  it('is p for one chance (γ = 1), and the whole-period chance p/(p + γ − pγ) otherwise', () => {
    expect(transmissibility(0.3, 1)).toBe(0.3);
    expect(transmissibility(0, 0.2)).toBe(0);
    // Σ over sharing periods of L steps (chance γ(1−γ)^(L−1)) of 1 − (1 − p)^L.
    let series = 0;
    for (let L = 1; L < 2000; L++) series += 0.25 * 0.75 ** (L - 1) * (1 - 0.8 ** L);
    expect(transmissibility(0.2, 0.25)).toBeCloseTo(series, 12);
  });
});
