import { describe, expect, it } from 'vitest';
import { graphStats } from '../../../src/graph/stats/index.ts';
import { directedPercolationThreshold, percolationThreshold } from '../../../src/theory/index.ts';
import { networkOf } from './helpers.ts';

describe('graphStats', () => {
  it('summarises an undirected star plus a triangle', () => {
    // Star 0–{1,2,3,4} and triangle 5–6–7: degrees 4,1,1,1,1,2,2,2.
    const network = {
      ...networkOf(8, [
        [0, 1],
        [0, 2],
        [0, 3],
        [0, 4],
        [5, 6],
        [6, 7],
        [7, 5],
      ]),
      kind: Uint8Array.from([1, 0, 0, 3, 3, 2, 0, 0]),
    };
    const stats = graphStats(network);
    expect(stats.nodes).toBe(8);
    expect(stats.edges).toBe(7);
    expect(stats.meanDegree).toBe(14 / 8);
    expect(stats.meanSquareDegree).toBe((16 + 4 + 12) / 8);
    expect(stats.maxDegree).toBe(4);
    expect(stats.degreeHistogram).toEqual([0, 4, 3, 0, 1]);
    expect(stats.directedDegrees).toBeNull();
    expect(stats.clustering).toEqual({
      averageLocal: 3 / 8,
      global: 3 / 9,
      sampled: false,
      sampleSize: 0,
    });
    expect(stats.components).toEqual({ count: 2, largest: 5, largestFraction: 5 / 8 });
    expect(stats.kinds).toEqual({ person: 4, 'opinion-leader': 1, brand: 1, bot: 2 });
    expect(stats.predictedThreshold).toBe(
      percolationThreshold({ meanDegree: 14 / 8, meanSquareDegree: 32 / 8 }),
    );
  });

  it('reports out-degree as degree and the in/out moments of a directed network', () => {
    // 0 → 1, 0 → 2, 1 → 2, 2 → 0: out 2,1,1; in 1,1,2.
    const stats = graphStats(
      networkOf(
        3,
        [
          [0, 1],
          [0, 2],
          [1, 2],
          [2, 0],
        ],
        true,
      ),
    );
    expect(stats.meanDegree).toBe(4 / 3);
    expect(stats.meanSquareDegree).toBe(6 / 3);
    expect(stats.maxDegree).toBe(2);
    expect(stats.directedDegrees).toEqual({
      meanSquareInDegree: 6 / 3,
      meanSquareOutDegree: 6 / 3,
      meanInOutDegree: (2 + 1 + 2) / 3,
      maxInDegree: 2,
      maxOutDegree: 2,
      inDegreeHistogram: [0, 2, 1],
      outDegreeHistogram: [0, 2, 1],
    });
    expect(stats.predictedThreshold).toBe(
      directedPercolationThreshold({ meanDegree: 4 / 3, meanInOutDegree: 5 / 3 }),
    );
  });

  it('samples clustering above the node budget and says so', () => {
    const ring = networkOf(
      50,
      Array.from({ length: 50 }, (_, i): [number, number] => [i, (i + 1) % 50]),
    );
    const stats = graphStats(ring, { exactClusteringMaxNodes: 10, clusteringSamples: 500 });
    expect(stats.clustering).toEqual({
      averageLocal: 0,
      global: 0,
      sampled: true,
      sampleSize: 500,
    });
  });

  it('handles the empty network', () => {
    const stats = graphStats(networkOf(0, []));
    expect(stats.meanDegree).toBe(0);
    expect(stats.components).toEqual({ count: 0, largest: 0, largestFraction: 0 });
    expect(stats.predictedThreshold).toBe(Infinity);
  });
});
