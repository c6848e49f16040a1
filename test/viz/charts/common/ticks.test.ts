import { describe, expect, it } from 'vitest';
import { integerTicks, logTicks } from '../../../../src/viz/charts/common/ticks.ts';

describe('integerTicks', () => {
  it('drops fractional ticks on short ranges of whole numbers', () => {
    expect(integerTicks(0, 1, 5)).toEqual([0, 1]);
    expect(integerTicks(0, 3, 10)).toEqual([0, 1, 2, 3]);
    expect(integerTicks(0, 2000, 5)).toEqual([0, 500, 1000, 1500, 2000]);
  });
});

describe('logTicks', () => {
  it('uses powers of ten when three or more fit', () => {
    expect(logTicks(0.8, 1500)).toEqual([1, 10, 100, 1000]);
    expect(logTicks(0.00005, 0.4)).toEqual([0.0001, 0.001, 0.01, 0.1]);
  });

  it('adds 2× and 5× steps on a narrow range', () => {
    expect(logTicks(1.5, 60)).toEqual([2, 5, 10, 20, 50]);
    expect(logTicks(0.003, 0.2)).toEqual([0.005, 0.01, 0.02, 0.05, 0.1, 0.2]);
  });

  it('gives nothing for an impossible range', () => {
    expect(logTicks(0, 10)).toEqual([]);
    expect(logTicks(10, 1)).toEqual([]);
  });
});
