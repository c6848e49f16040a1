import { describe, expect, it } from 'vitest';
import { MAX_DRAWN_EDGES, thinEdges, thinningNotice } from '../../../src/viz/network/thin-edges.ts';

describe('thinEdges', () => {
  it('draws every edge up to the cap, with no notice', () => {
    expect(thinEdges(MAX_DRAWN_EDGES)).toEqual({ edges: null, notice: null });
    expect(thinEdges(10, 10)).toEqual({ edges: null, notice: null });
  });

  it('draws exactly the cap beyond it: distinct edges, ascending, in range', () => {
    const { edges } = thinEdges(300_000);
    expect(edges).not.toBeNull();
    expect(edges!.length).toBe(60_000);
    expect(edges!.every((e, i) => i === 0 || e > edges![i - 1])).toBe(true);
    expect(edges![0]).toBeGreaterThanOrEqual(0);
    expect(edges![edges!.length - 1]).toBeLessThan(300_000);
  });

  it('samples the same edges every time', () => {
    expect(thinEdges(123_457, 1000).edges).toEqual(thinEdges(123_457, 1000).edges);
  });

  it('samples evenly across the edge list', () => {
    const { edges } = thinEdges(1_000_000, 20_000);
    const inFirstHalf = edges!.filter((e) => e < 500_000).length;
    // Binomial(20000, 1/2) has sd ≈ 71 (hypergeometric a little less): 5 sd of slack.
    expect(Math.abs(inFirstHalf - 10_000)).toBeLessThan(360);
  });

  it('says how many ties are shown', () => {
    expect(thinEdges(300_000).notice).toBe('Showing 60,000 of 300,000 ties');
    expect(thinningNotice(1500, 2_000_000)).toBe('Showing 1,500 of 2,000,000 ties');
  });
});
