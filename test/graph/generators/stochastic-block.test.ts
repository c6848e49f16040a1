import { describe, expect, it } from 'vitest';
import { stochasticBlock } from '../../../src/graph/generators/index.ts';
import type { Network } from '../../../src/graph/network.ts';
import { createRng } from '../../../src/random/rng.ts';
import { edgesDiffer, expectSameNetwork, expectSimple, expectWithinFourSd } from './helpers.ts';

/** Edges inside blocks and between blocks. */
function split(network: Network): { inside: number; between: number } {
  const c = network.community!;
  let inside = 0;
  for (let e = 0; e < network.src.length; e++)
    if (c[network.src[e]] === c[network.dst[e]]) inside++;
  return { inside, between: network.src.length - inside };
}

describe('stochasticBlock', () => {
  const sizes = [300, 200, 500];

  it('numbers nodes block after block and records the block as community', () => {
    const network = stochasticBlock({ sizes, pIn: 0.01, pOut: 0.001, rng: createRng(1) });
    expect(network.n).toBe(1000);
    const c = Array.from(network.community!);
    expect(c.slice(0, 300).every((b) => b === 0)).toBe(true);
    expect(c.slice(300, 500).every((b) => b === 1)).toBe(true);
    expect(c.slice(500).every((b) => b === 2)).toBe(true);
  });

  // Inside and between counts are Binomial(pairs, pIn) and Binomial(pairs, pOut); a
  // correct generator is within 4 sd (false alarm 6e-5 per count), a 10% error is not.
  it.each([false, true])('densities match pIn and pOut (directed = %s)', (directed) => {
    const pIn = 0.05;
    const pOut = 0.002;
    const n = 1000;
    let insidePairs = sizes.reduce((sum, s) => sum + s * (s - 1), 0);
    let allPairs = n * (n - 1);
    if (!directed) {
      insidePairs /= 2;
      allPairs /= 2;
    }
    const network = stochasticBlock({ sizes, pIn, pOut, directed, rng: createRng(2) });
    const { inside, between } = split(network);
    expectWithinFourSd(inside, insidePairs, pIn);
    expectWithinFourSd(between, allPairs - insidePairs, pOut);
    expectSimple(network);
  });

  it('pIn = 1, pOut = 0 gives separate complete groups', () => {
    const network = stochasticBlock({ sizes: [4, 5, 6], pIn: 1, pOut: 0, rng: createRng(3) });
    expect(network.src.length).toBe(6 + 10 + 15);
    expect(split(network).between).toBe(0);
    expectSimple(network);
    const directed = stochasticBlock({
      sizes: [4, 5],
      pIn: 0,
      pOut: 1,
      directed: true,
      rng: createRng(3),
    });
    expect(directed.src.length).toBe(2 * 4 * 5);
  });

  it('the same seed gives the same network, another seed another', () => {
    const options = { sizes: [100, 100], pIn: 0.05, pOut: 0.01 };
    const a = stochasticBlock({ ...options, rng: createRng(4) });
    expectSameNetwork(a, stochasticBlock({ ...options, rng: createRng(4) }));
    expect(edgesDiffer(a, stochasticBlock({ ...options, rng: createRng(5) }))).toBe(true);
  });

  it.each([
    [{ sizes: [], pIn: 0.1, pOut: 0.1 }, /at least one block/],
    [{ sizes: [10, 0], pIn: 0.1, pOut: 0.1 }, /sizes\[1\] to be a whole number ≥ 1/],
    [{ sizes: [10], pIn: -0.1, pOut: 0.1 }, /pIn to be a probability/],
    [{ sizes: [10], pIn: 0.1, pOut: Number.NaN }, /pOut to be a probability/],
  ])('rejects %o', (options, message) => {
    expect(() => stochasticBlock({ ...options, rng: createRng(1) })).toThrow(RangeError);
    expect(() => stochasticBlock({ ...options, rng: createRng(1) })).toThrow(message);
  });
});
