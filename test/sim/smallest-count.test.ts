import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallestCountReaching } from '../../src/sim/smallest-count.ts';

describe('smallestCountReaching: the smallest c ≥ 1 with c / total ≥ share', () => {
  it('compares as written where ceil(share × total) is off by one', () => {
    // 0.07 × 100 = 7.000000000000001 and 0.3 × 10 = 3.0000000000000004 in floating point.
    expect(smallestCountReaching(0.07, 100)).toBe(7);
    expect(smallestCountReaching(0.3, 10)).toBe(3);
    // 0.2 × 5 is exactly 1: Watts' tie, where one active friend of five is enough at φ = 0.2.
    expect(smallestCountReaching(0.2, 5)).toBe(1);
    expect(smallestCountReaching(0.21, 5)).toBe(2);
    expect(smallestCountReaching(1, 7)).toBe(7);
  });

  it('is at least 1, also for a share of 0 and a total of 0', () => {
    expect(smallestCountReaching(0, 10)).toBe(1);
    expect(smallestCountReaching(0.5, 0)).toBe(1);
  });

  it('reaches the share, and one fewer does not (any share in [0, 1], any total)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 1_000_000 }),
        (share, total) => {
          const c = smallestCountReaching(share, total);
          expect(c).toBeGreaterThanOrEqual(1);
          expect(c).toBeLessThanOrEqual(total);
          expect(c / total >= share).toBe(true);
          if (c > 1) expect((c - 1) / total < share).toBe(true);
        },
      ),
    );
  });
});
