import { describe, expect, it } from 'vitest';
import { wattsStrogatz } from '../../../src/graph/generators/index.ts';
import { createRng } from '../../../src/random/rng.ts';
import {
  degrees,
  edgeKeys,
  edgesDiffer,
  expectSameNetwork,
  expectSimple,
  expectWithinFourSd,
  localClustering,
  neighbourSets,
} from './helpers.ts';

describe('wattsStrogatz', () => {
  it('beta = 0 gives the exact ring lattice', () => {
    const n = 30;
    const k = 6;
    const network = wattsStrogatz({ n, k, beta: 0, rng: createRng(1) });
    const expected: string[] = [];
    for (let u = 0; u < n; u++) {
      for (let j = 1; j <= k / 2; j++) {
        const v = (u + j) % n;
        expected.push(u < v ? `${u}-${v}` : `${v}-${u}`);
      }
    }
    expect(edgeKeys(network).sort()).toEqual(expected.sort());
    expect(Array.from(degrees(network)).every((d) => d === k)).toBe(true);
    // Every node of a ring lattice has clustering 3(k − 2) / (4(k − 1)) = 0.6 for k = 6.
    const sets = neighbourSets(network);
    for (let v = 0; v < n; v++)
      expect(localClustering(sets, v)).toBeCloseTo((3 * (k - 2)) / (4 * (k - 1)), 12);
  });

  it.each([0, 0.1, 0.5, 1])('always has n·k/2 edges and stays simple (beta = %f)', (beta) => {
    const network = wattsStrogatz({ n: 400, k: 8, beta, rng: createRng(2) });
    expect(network.src.length).toBe(1600);
    expect(network.directed).toBe(false);
    expectSimple(network);
  });

  // An edge is rewired with probability beta, and a rewired edge never returns to its old
  // end (that end is a neighbour), so the moved edges are Binomial(n·k/2, beta): 4 sd.
  it('moves a fraction beta of the edges', () => {
    const n = 2000;
    const k = 6;
    const beta = 0.2;
    const network = wattsStrogatz({ n, k, beta, rng: createRng(3) });
    let moved = 0;
    for (let e = 0; e < network.src.length; e++) {
      const lap = Math.floor(e / n) + 1; // edges are stored lap by lap: distance 1, 2, …
      if (network.dst[e] !== (network.src[e] + lap) % n) moved++;
    }
    expectWithinFourSd(moved, (n * k) / 2, beta);
  });

  it('rewiring lowers clustering (a small world has fewer closed triangles than the lattice)', () => {
    const sets = neighbourSets(wattsStrogatz({ n: 1000, k: 10, beta: 1, rng: createRng(4) }));
    let total = 0;
    for (let v = 0; v < 1000; v++) total += localClustering(sets, v);
    expect(total / 1000).toBeLessThan(0.1); // the lattice has 0.667, a random graph ≈ k/n = 0.01
  });

  it('the same seed gives the same network, another seed another', () => {
    const a = wattsStrogatz({ n: 200, k: 4, beta: 0.3, rng: createRng(5) });
    expectSameNetwork(a, wattsStrogatz({ n: 200, k: 4, beta: 0.3, rng: createRng(5) }));
    expect(edgesDiffer(a, wattsStrogatz({ n: 200, k: 4, beta: 0.3, rng: createRng(6) }))).toBe(
      true,
    );
  });

  it.each([
    [{ n: 10, k: 3, beta: 0.1 }, /k to be an even whole number with 2 ≤ k < n \(got k = 3/],
    [{ n: 10, k: 10, beta: 0.1 }, /got k = 10, n = 10/],
    [{ n: 10, k: 0, beta: 0.1 }, /got k = 0/],
    [{ n: 10, k: 4, beta: 1.2 }, /beta to be a probability between 0 and 1/],
  ])('rejects %o', (options, message) => {
    expect(() => wattsStrogatz({ ...options, rng: createRng(1) })).toThrow(RangeError);
    expect(() => wattsStrogatz({ ...options, rng: createRng(1) })).toThrow(message);
  });
});
