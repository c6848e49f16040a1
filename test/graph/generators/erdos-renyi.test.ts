import { describe, expect, it } from 'vitest';
import { erdosRenyi } from '../../../src/graph/generators/index.ts';
import { createRng } from '../../../src/random/rng.ts';
import {
  edgeKeys,
  edgesDiffer,
  expectSameNetwork,
  expectSimple,
  expectWithinFourSd,
} from './helpers.ts';

describe('erdosRenyi G(n, m)', () => {
  it.each([
    [50, 100, false],
    [50, 1000, false], // more than half the pairs: the complement branch
    [20, 190, false], // every pair
    [30, 400, true],
    [30, 870, true], // every ordered pair
    [10, 0, false],
  ])('n = %i, m = %i, directed = %s has exactly m distinct edges', (n, m, directed) => {
    const network = erdosRenyi({ n, m, directed, rng: createRng(1) });
    expect(network.src.length).toBe(m);
    expect(network.directed).toBe(directed);
    expectSimple(network);
  });

  // Each of the 10 pairs of 5 nodes should be present with probability m / 10. Over 4000
  // graphs the count is Binomial(4000, m/10); 4 sd makes a false alarm about 1 in 15,000
  // per pair, and a generator favouring some pairs by 10% would fail.
  it.each([3, 7])('every pair is equally likely (m = %i)', (m) => {
    const counts = new Map<string, number>();
    for (let seed = 0; seed < 4000; seed++) {
      for (const key of edgeKeys(erdosRenyi({ n: 5, m, rng: createRng(seed) }))) {
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
    expect(counts.size).toBe(10);
    for (const count of counts.values()) expectWithinFourSd(count, 4000, m / 10);
  });
});

describe('erdosRenyi G(n, p)', () => {
  // The edge count is Binomial(pairs, p), sd ≈ 77 (undirected) here. A correct generator
  // lands outside 4 sd with probability 6e-5 per seed; a 5% error in p (±300 edges) cannot
  // pass. Fixed seeds keep the outcome reproducible.
  it.each([false, true])('edge count is within 4 sd of its mean (directed = %s)', (directed) => {
    const n = 2000;
    const p = 0.003;
    const pairs = directed ? n * (n - 1) : (n * (n - 1)) / 2;
    for (let seed = 0; seed < 5; seed++) {
      const network = erdosRenyi({ n, p, directed, rng: createRng(seed) });
      expectWithinFourSd(network.src.length, pairs, p);
      expectSimple(network);
    }
  });

  it('p = 0 gives no edges and p = 1 the complete graph', () => {
    expect(erdosRenyi({ n: 30, p: 0, rng: createRng(1) }).src.length).toBe(0);
    const complete = erdosRenyi({ n: 30, p: 1, rng: createRng(1) });
    expect(complete.src.length).toBe(435);
    expectSimple(complete);
    expect(erdosRenyi({ n: 30, p: 1, directed: true, rng: createRng(1) }).src.length).toBe(870);
  });

  it('the same seed gives the same network, another seed another', () => {
    const a = erdosRenyi({ n: 500, p: 0.01, rng: createRng(7) });
    expectSameNetwork(a, erdosRenyi({ n: 500, p: 0.01, rng: createRng(7) }));
    expect(edgesDiffer(a, erdosRenyi({ n: 500, p: 0.01, rng: createRng(8) }))).toBe(true);
    const b = erdosRenyi({ n: 500, m: 900, rng: createRng(7) });
    expectSameNetwork(b, erdosRenyi({ n: 500, m: 900, rng: createRng(7) }));
    expect(edgesDiffer(b, erdosRenyi({ n: 500, m: 900, rng: createRng(8) }))).toBe(true);
  });
});

describe('erdosRenyi options', () => {
  const rng = createRng(1);
  it.each([
    [{ n: 10, rng }, /exactly one of p/],
    [{ n: 10, p: 0.1, m: 3, rng }, /exactly one of p/],
    [{ n: 10, p: 1.5, rng }, /p to be a probability/],
    [{ n: 10, m: 46, rng }, /m to be a whole number from 0 to 45/],
    [{ n: 0, p: 0.1, rng }, /n to be a whole number ≥ 1/],
    [{ n: 10, m: 2.5, rng }, /got m = 2.5/],
  ])('rejects %o', (options, message) => {
    expect(() => erdosRenyi(options)).toThrow(RangeError);
    expect(() => erdosRenyi(options)).toThrow(message);
  });
});
