import { describe, expect, it } from 'vitest';
import { barabasiAlbert } from '../../../src/graph/generators/index.ts';
import { createRng } from '../../../src/random/rng.ts';
import {
  countEnds,
  degrees,
  edgesDiffer,
  expectSameNetwork,
  expectSimple,
  expectWithinFourSd,
} from './helpers.ts';

describe('barabasiAlbert, undirected', () => {
  it.each([
    [100, 1],
    [500, 3],
    [60, 10],
    [6, 5], // only the starting clique
  ])('n = %i, m = %i: n nodes, m(m+1)/2 + m(n−m−1) edges, every degree ≥ m', (n, m) => {
    const network = barabasiAlbert({ n, m, rng: createRng(3) });
    expect(network.n).toBe(n);
    expect(network.directed).toBe(false);
    expect(network.src.length).toBe((m * (m + 1)) / 2 + m * (n - m - 1));
    expect(Math.min(...degrees(network))).toBeGreaterThanOrEqual(m);
    expectSimple(network);
  });

  it('starts from a clique of m + 1 nodes', () => {
    const m = 4;
    const network = barabasiAlbert({ n: 50, m, rng: createRng(1) });
    const inClique = Array.from(network.src).filter((u, e) => u <= m && network.dst[e] <= m).length;
    expect(inClique).toBe((m * (m + 1)) / 2);
  });

  it('has a heavy tail: the largest hub is far above the mean degree', () => {
    const degree = degrees(barabasiAlbert({ n: 20_000, m: 3, rng: createRng(5) }));
    const mean = degree.reduce((a, b) => a + b, 0) / degree.length;
    // Expected max ≈ m√n ≈ 420 against a mean of 6; an Erdős–Rényi graph would peak near 18.
    expect(Math.max(...degree)).toBeGreaterThan(20 * mean);
  });

  // Exact BA result (Dorogovtsev, Mendes, Samukhin 2000; Bollobás et al. 2001):
  // P(degree ≥ k) = m(m+1) / (k(k+1)). Counts treated as binomial, 4 sd: uniform
  // attachment (an exponential tail) would miss by far at k = 20.
  it.each([5, 10, 20])('follows the BA degree distribution, P(degree ≥ %i)', (k) => {
    const n = 50_000;
    const m = 2;
    const degree = degrees(barabasiAlbert({ n, m, rng: createRng(1) }));
    const atLeast = degree.filter((d) => d >= k).length;
    expectWithinFourSd(atLeast, n, (m * (m + 1)) / (k * (k + 1)));
  });

  it('the same seed gives the same network, another seed another', () => {
    const a = barabasiAlbert({ n: 300, m: 2, rng: createRng('a') });
    expectSameNetwork(a, barabasiAlbert({ n: 300, m: 2, rng: createRng('a') }));
    expect(edgesDiffer(a, barabasiAlbert({ n: 300, m: 2, rng: createRng('b') }))).toBe(true);
  });
});

describe('barabasiAlbert, directed follower variant', () => {
  const n = 5000;
  const m = 3;
  const network = barabasiAlbert({ n, m, directed: true, rng: createRng(9) });

  it('every later account follows exactly m older accounts', () => {
    expect(network.directed).toBe(true);
    expect(network.src.length).toBe(m * (n - m));
    expect(Array.from(network.src).every((u, e) => u < network.dst[e])).toBe(true);
    const inDegree = countEnds(network, 'dst');
    for (let v = 0; v < n; v++) expect(inDegree[v]).toBe(v < m ? 0 : m);
    expectSimple(network);
  });

  it('popular accounts collect many followers (high out-degree)', () => {
    const followers = countEnds(network, 'src');
    expect(Math.max(...followers)).toBeGreaterThan(20 * m);
  });

  it('is deterministic', () => {
    expectSameNetwork(network, barabasiAlbert({ n, m, directed: true, rng: createRng(9) }));
    expect(edgesDiffer(network, barabasiAlbert({ n, m, directed: true, rng: createRng(10) }))).toBe(
      true,
    );
  });
});

describe('barabasiAlbert options', () => {
  it.each([
    [10, 0],
    [10, 10],
    [10, 1.5],
  ])('rejects n = %i, m = %i with a clear sentence', (n, m) => {
    expect(() => barabasiAlbert({ n, m, rng: createRng(1) })).toThrow(RangeError);
    expect(() => barabasiAlbert({ n, m, rng: createRng(1) })).toThrow(
      `needs m ≥ 1 and m < nodes (got m = ${m}`,
    );
  });
});
