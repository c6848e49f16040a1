import { describe, expect, it } from 'vitest';
import { structuralViralityOfChain, structuralViralityOfStar } from '../../src/theory/index.ts';

/** Mean pairwise distance by brute force, from a distance function on node indices. */
function meanDistance(n: number, distance: (i: number, j: number) => number): number {
  let sum = 0;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) sum += distance(i, j);
  return sum / ((n * (n - 1)) / 2);
}

describe('structural virality reference values (Goel et al. 2016)', () => {
  it('matches brute force on stars and chains', () => {
    for (const n of [2, 3, 7, 50]) {
      expect(structuralViralityOfStar(n)).toBeCloseTo(
        meanDistance(n, (i) => (i === 0 ? 1 : 2)),
        12,
      );
      expect(structuralViralityOfChain(n)).toBeCloseTo(
        meanDistance(n, (i, j) => j - i),
        12,
      );
    }
  });

  it('needs at least two nodes', () => {
    expect(() => structuralViralityOfStar(1)).toThrow(RangeError);
  });
});
