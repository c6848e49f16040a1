import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { componentStats, simpleAdjacency } from '../../../src/graph/stats/index.ts';
import { arbitraryEdges, neighbourSets, networkOf } from './helpers.ts';

describe('simpleAdjacency', () => {
  it('gives sorted rows without self-loops or repeats, direction ignored', () => {
    fc.assert(
      fc.property(arbitraryEdges, ({ n, edges, directed }) => {
        const { offsets, neighbours } = simpleAdjacency(networkOf(n, edges, directed));
        neighbourSets(n, edges).forEach((set, i) => {
          expect([...neighbours.subarray(offsets[i], offsets[i + 1])]).toEqual(
            [...set].sort((a, b) => a - b),
          );
        });
      }),
    );
  });
});

describe('componentStats', () => {
  it('counts components, isolated nodes included', () => {
    const network = networkOf(7, [
      [0, 1],
      [1, 2],
      [3, 4],
    ]);
    expect(componentStats(network)).toEqual({ count: 4, largest: 3, largestFraction: 3 / 7 });
  });

  it('uses weak connectivity for directed networks', () => {
    expect(
      componentStats(
        networkOf(
          3,
          [
            [0, 1],
            [2, 1],
          ],
          true,
        ),
      ).count,
    ).toBe(1);
  });

  it('agrees with a breadth-first search', () => {
    fc.assert(
      fc.property(arbitraryEdges, ({ n, edges, directed }) => {
        const sets = neighbourSets(n, edges);
        const seen = new Array<boolean>(n).fill(false);
        const sizes: number[] = [];
        for (let s = 0; s < n; s++) {
          if (seen[s]) continue;
          seen[s] = true;
          const queue = [s];
          for (let q = 0; q < queue.length; q++)
            for (const v of sets[queue[q]]) if (!seen[v] && (seen[v] = true)) queue.push(v);
          sizes.push(queue.length);
        }
        const stats = componentStats(networkOf(n, edges, directed));
        expect(stats.count).toBe(sizes.length);
        expect(stats.largest).toBe(Math.max(...sizes));
      }),
    );
  });
});
