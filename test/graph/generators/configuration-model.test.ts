import { describe, expect, it } from 'vitest';
import { configurationModel, powerLawDegreeSequence } from '../../../src/graph/generators/index.ts';
import { createRng } from '../../../src/random/rng.ts';
import {
  degrees,
  edgesDiffer,
  expectSameNetwork,
  expectSimple,
  expectWithinFourSd,
} from './helpers.ts';

/** P(k) ∝ k^-γ on [min, max], normalised. */
function powerLaw(exponent: number, min: number, max: number): Map<number, number> {
  const weights = new Map<number, number>();
  let total = 0;
  for (let k = min; k <= max; k++) total += k ** -exponent;
  for (let k = min; k <= max; k++) weights.set(k, k ** -exponent / total);
  return weights;
}

describe('powerLawDegreeSequence', () => {
  const options = { n: 20_000, exponent: 2.5, minDegree: 2, maxDegree: 141 };
  const sequence = powerLawDegreeSequence({ ...options, rng: createRng(1) });

  it('stays in range and has an even sum', () => {
    expect(sequence.length).toBe(options.n);
    expect(sequence.every((k) => k >= 2 && k <= 141)).toBe(true);
    expect(sequence.reduce((a, b) => a + b, 0) % 2).toBe(0);
  });

  // The count of each small degree is Binomial(n, P(k)) (the parity fix moves at most one
  // node): within 4 sd of the power law, while exponent 2.0 or 3.0 would be far off.
  it.each([2, 3, 4, 10])('matches P(k) ∝ k^-γ at k = %i', (k) => {
    const expected = powerLaw(2.5, 2, 141).get(k)!;
    expectWithinFourSd(sequence.filter((d) => d === k).length, options.n, expected);
  });

  it('gives a regular sequence when min = max, and refuses an odd sum it cannot fix', () => {
    const regular = powerLawDegreeSequence({
      n: 10,
      exponent: 2,
      minDegree: 3,
      maxDegree: 3,
      rng: createRng(1),
    });
    expect(Array.from(regular)).toEqual(new Array(10).fill(3));
    expect(() =>
      powerLawDegreeSequence({ n: 5, exponent: 2, minDegree: 3, maxDegree: 3, rng: createRng(1) }),
    ).toThrow(/degree sum must be even/);
  });

  it.each([
    [{ exponent: 0 }, /positive exponent/],
    [{ minDegree: 0 }, /minDegree to be a whole number ≥ 1/],
    [{ maxDegree: 1 }, /maxDegree to be a whole number ≥ 2/],
  ])('rejects %o', (change, message) => {
    const bad = { ...options, ...change, rng: createRng(1) };
    expect(() => powerLawDegreeSequence(bad)).toThrow(RangeError);
    expect(() => powerLawDegreeSequence(bad)).toThrow(message);
  });
});

describe('configurationModel', () => {
  const n = 10_000;
  const options = { n, exponent: 2.5, minDegree: 2 };
  const network = configurationModel({ ...options, rng: createRng(7) });
  // Documented: the requested degrees are the first draws from the same rng.
  const requested = powerLawDegreeSequence({ ...options, maxDegree: 100, rng: createRng(7) });
  const realised = degrees(network);

  it('is simple and undirected, with realised degrees ≤ requested', () => {
    expect(network.directed).toBe(false);
    expectSimple(network);
    for (let v = 0; v < n; v++) expect(realised[v]).toBeLessThanOrEqual(requested[v]);
  });

  it('caps degrees at the structural cutoff √n by default', () => {
    expect(Math.max(...requested)).toBeLessThanOrEqual(100);
    expect(Math.max(...realised)).toBeLessThanOrEqual(100);
  });

  // Erasing self-loops and repeats should remove well under 1% of the stub pairs at this
  // cutoff (0.14% measured), so the mean degree is within 1% of the requested mean.
  it('keeps the mean degree within 1% of the sequence mean', () => {
    const mean = (a: Int32Array) => a.reduce((s, k) => s + k, 0) / a.length;
    expect(mean(realised)).toBeLessThanOrEqual(mean(requested));
    expect(mean(realised)).toBeGreaterThan(0.99 * mean(requested));
  });

  it('the same seed gives the same network, another seed another', () => {
    expectSameNetwork(network, configurationModel({ ...options, rng: createRng(7) }));
    expect(edgesDiffer(network, configurationModel({ ...options, rng: createRng(8) }))).toBe(true);
  });

  it.each([
    [{ n: 1 }, /n to be a whole number ≥ 2/],
    [{ minDegree: 10_000 }, /minDegree to be a whole number from 1 to 9999/],
    [{ maxDegree: 1 }, /maxDegree to be a whole number from 2 to 9999/],
  ])('rejects %o', (change, message) => {
    expect(() => configurationModel({ ...options, ...change, rng: createRng(1) })).toThrow(message);
  });
});
