import { describe, expect, it } from 'vitest';
import { grow } from '../../src/typed-arrays/index.ts';

describe('grow', () => {
  it('doubles by default, keeping the entries and the array type', () => {
    const bigger = grow(Int32Array.from({ length: 20 }, (_, i) => i - 5));
    expect(bigger).toBeInstanceOf(Int32Array);
    expect(bigger.length).toBe(40);
    expect(Array.from(bigger.subarray(0, 20))).toEqual(Array.from({ length: 20 }, (_, i) => i - 5));
    expect(bigger.subarray(20).every((x) => x === 0)).toBe(true);
  });

  it('gives small and empty arrays room for 16, so doubling never stalls at 0', () => {
    expect(grow(new Float64Array(0)).length).toBe(16);
    expect(grow(Float64Array.of(0.5)).length).toBe(16);
  });

  it('takes an explicit capacity', () => {
    const bigger = grow(Uint8Array.of(1, 2, 3), 5);
    expect(Array.from(bigger)).toEqual([1, 2, 3, 0, 0]);
  });
});
