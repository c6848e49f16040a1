import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedSteps } from '../../../src/sim/seeding/index.ts';

describe('seedSteps', () => {
  it('starts every seed at 0 when synchronous', () => {
    expect([...seedSteps(3, { type: 'synchronous' })]).toEqual([0, 0, 0]);
    expect(seedSteps(0, { type: 'synchronous' })).toHaveLength(0);
  });

  it('spaces seeds `every` steps apart when staggered', () => {
    fc.assert(
      fc.property(fc.nat(50), fc.integer({ min: 1, max: 1000 }), (count, every) => {
        const steps = seedSteps(count, { type: 'staggered', every });
        expect([...steps]).toEqual(Array.from({ length: count }, (_, i) => i * every));
      }),
    );
  });

  it('copies explicit steps after checking them', () => {
    expect([...seedSteps(3, { type: 'explicit', steps: [0, 5, 2] })]).toEqual([0, 5, 2]);
  });

  it('rejects bad schedules with a clear sentence', () => {
    expect(() => seedSteps(2, { type: 'staggered', every: 0 })).toThrow(
      'A staggered schedule needs `every` to be a whole number of steps, at least 1; got 0.',
    );
    expect(() => seedSteps(2, { type: 'staggered', every: 1.5 })).toThrow(RangeError);
    expect(() => seedSteps(3, { type: 'staggered', every: 2 ** 30 })).toThrow(
      /would start the last seed after step 2147483647/,
    );
    expect(() => seedSteps(3, { type: 'explicit', steps: [0, 1] })).toThrow(
      'The explicit schedule lists 2 start steps for 3 seeds; give exactly one step per seed.',
    );
    expect(() => seedSteps(2, { type: 'explicit', steps: [0, -1] })).toThrow(
      'Start step 2 of the explicit schedule must be a whole number from 0 to 2147483647; got -1.',
    );
    expect(() => seedSteps(1, { type: 'explicit', steps: [0.5] })).toThrow(RangeError);
    expect(() => seedSteps(-1, { type: 'synchronous' })).toThrow(RangeError);
  });
});
