import fc from 'fast-check';
import { UndirectedGraph } from 'graphology';
import karateClubGraph from 'graphology-generators/social/karate-club.js';
import { describe, expect, it } from 'vitest';
import { fromGraphology } from '../../../src/graph/io/index.ts';
import {
  exactClustering,
  sampledClustering,
  simpleAdjacency,
} from '../../../src/graph/stats/index.ts';
import { createRng } from '../../../src/random/rng.ts';
import { arbitraryEdges, neighbourSets, networkOf } from './helpers.ts';

function bruteForce(
  n: number,
  edges: Array<[number, number]>,
): { averageLocal: number; global: number } {
  const sets = neighbourSets(n, edges);
  let sumLocal = 0;
  let closed = 0;
  let triples = 0;
  for (const set of sets) {
    const list = [...set];
    let links = 0;
    for (let a = 0; a < list.length; a++)
      for (let b = a + 1; b < list.length; b++) if (sets[list[a]].has(list[b])) links++;
    const pairs = (list.length * (list.length - 1)) / 2;
    if (pairs > 0) sumLocal += links / pairs;
    closed += links;
    triples += pairs;
  }
  return { averageLocal: sumLocal / n, global: triples > 0 ? closed / triples : 0 };
}

describe('exactClustering', () => {
  it('matches networkx on the karate club (average_clustering, transitivity)', () => {
    const c = exactClustering(simpleAdjacency(fromGraphology(karateClubGraph(UndirectedGraph))));
    expect(c.averageLocal).toBeCloseTo(0.5706384782076823, 12);
    expect(c.global).toBeCloseTo(0.2556818181818182, 12);
    expect(c.sampled).toBe(false);
  });

  it('matches brute force on random multigraphs, direction ignored', () => {
    fc.assert(
      fc.property(arbitraryEdges, ({ n, edges, directed }) => {
        const c = exactClustering(simpleAdjacency(networkOf(n, edges, directed)));
        const expected = bruteForce(n, edges);
        expect(c.averageLocal).toBeCloseTo(expected.averageLocal, 12);
        expect(c.global).toBeCloseTo(expected.global, 12);
      }),
    );
  });
});

describe('sampledClustering', () => {
  it('estimates both coefficients within a few standard errors, repeatably', () => {
    // Ring lattice with k = 6 plus random chords: clustered but not uniform.
    const rng = createRng(7, 'clustering-test');
    const n = 3000;
    const edges: Array<[number, number]> = [];
    for (let i = 0; i < n; i++) for (let d = 1; d <= 3; d++) edges.push([i, (i + d) % n]);
    for (let e = 0; e < 2000; e++) edges.push([Math.floor(rng() * n), Math.floor(rng() * n)]);
    const adjacency = simpleAdjacency(networkOf(n, edges));
    const exact = exactClustering(adjacency);
    const estimate = sampledClustering(adjacency, createRng(1, 'sample'), 20_000);
    expect(estimate.sampled).toBe(true);
    expect(estimate.sampleSize).toBe(20_000);
    expect(Math.abs(estimate.averageLocal - exact.averageLocal)).toBeLessThan(0.015);
    expect(Math.abs(estimate.global - exact.global)).toBeLessThan(0.015);
    expect(sampledClustering(adjacency, createRng(1, 'sample'), 20_000)).toEqual(estimate);
  });
});
