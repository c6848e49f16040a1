import { describe, expect, it } from 'vitest';
import { activatedBetween, activationOrder } from '../../../src/viz/network/activation-order.ts';
import { randomCascade } from './fixtures.ts';

describe('activation order', () => {
  const { step } = randomCascade(3000, 4, 11);
  const activation = activationOrder(step);
  const expected = (from: number, to: number): number[] =>
    Array.from(step.keys()).filter((v) => step[v] >= 0 && step[v] > from && step[v] <= to);
  const sorted = (a: ArrayLike<number>): number[] => Array.from(a).sort((x, y) => x - y);

  it('finds exactly the nodes a playback step adds', () => {
    for (const [from, to] of [
      [-1, 0],
      [0, 1],
      [2, 5],
      [3, 3],
      [5, 2],
      [7, 1000],
    ]) {
      expect(sorted(activatedBetween(activation, from, to))).toEqual(expected(from, to));
    }
  });

  it('takes infinite bounds: everything reached, or nothing', () => {
    expect(activatedBetween(activation, -Infinity, Infinity).length).toBe(
      expected(-1, Infinity).length,
    );
    expect(activatedBetween(activation, Infinity, Infinity).length).toBe(0);
    expect(activatedBetween(activation, -Infinity, -1).length).toBe(0);
  });

  it('handles a cascade that reached nobody', () => {
    expect(
      activatedBetween(activationOrder(Int32Array.from([-1, -1])), -Infinity, Infinity).length,
    ).toBe(0);
  });
});
