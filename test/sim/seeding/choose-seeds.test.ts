import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/random/rng.ts';
import {
  chooseSeeds,
  SEEDING_STRATEGIES,
  type SeedingOptions,
} from '../../../src/sim/seeding/index.ts';
import { csrOf, ic, seeding, star } from './helpers.ts';

/** A small random network with random exclusions and communities, and any strategy. */
const problem = fc.integer({ min: 1, max: 15 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    arcs: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 40 }),
    directed: fc.boolean(),
    strategy: fc.constantFrom(...SEEDING_STRATEGIES),
    count: fc.nat(20),
    excluded: fc.option(fc.uint8Array({ min: 0, max: 1, minLength: n, maxLength: n }), {
      nil: null,
    }),
    community: fc.array(fc.integer({ min: -1, max: 3 }), { minLength: n, maxLength: n }),
    rngSeed: fc.string(),
  }),
);

type Problem = typeof problem extends fc.Arbitrary<infer T> ? T : never;

function optionsFor(p: Problem): SeedingOptions {
  return seeding(p.strategy, p.count, {
    rng: createRng(p.rngSeed),
    excluded: p.excluded,
    community: Int32Array.from(p.community),
    model: ic(0.4),
    celf: { runs: 5, seed: 1, maxSteps: 50 },
  });
}

describe('chooseSeeds, every strategy', () => {
  it('returns distinct eligible nodes, min(count, eligible) of them, the same each time', () => {
    fc.assert(
      fc.property(problem, (p) => {
        const csr = csrOf(p.n, p.arcs, p.directed);
        const seeds = [...chooseSeeds(csr, optionsFor(p))];
        const eligible = p.excluded ? p.excluded.filter((x) => x === 0).length : p.n;
        expect(seeds).toHaveLength(Math.min(p.count, eligible));
        expect(new Set(seeds).size).toBe(seeds.length);
        for (const v of seeds) {
          expect(Number.isInteger(v) && v >= 0 && v < p.n).toBe(true);
          expect(p.excluded?.[v] ?? 0).toBe(0);
        }
        expect([...chooseSeeds(csr, optionsFor(p))]).toEqual(seeds);
      }),
      { numRuns: 300 },
    );
  });
});

describe('random', () => {
  const csr = csrOf(50, star(49));

  it('depends only on the generator', () => {
    const draw = (seed: string) => [
      ...chooseSeeds(csr, seeding('random', 5, { rng: createRng(seed) })),
    ];
    expect(draw('x')).toEqual(draw('x'));
    expect(draw('x')).not.toEqual(draw('y'));
  });

  it('is uniform over the eligible nodes', () => {
    // Exclude the even nodes; draw 2 of the 25 odd ones 5,000 times: each should be hit 400 times.
    const excluded = Uint8Array.from({ length: 50 }, (_, v) => (v % 2 === 0 ? 1 : 0));
    const rng = createRng('uniform');
    const hits = new Array<number>(50).fill(0);
    for (let i = 0; i < 5000; i++)
      for (const v of chooseSeeds(csr, seeding('random', 2, { rng, excluded }))) hits[v]++;
    const odd = hits.filter((_, v) => v % 2 === 1);
    expect(hits.filter((_, v) => v % 2 === 0).every((h) => h === 0)).toBe(true);
    // χ² with 24 degrees of freedom; 51.2 is its 0.999 quantile.
    const chi2 = odd.reduce((sum, h) => sum + (h - 400) ** 2 / 400, 0);
    expect(chi2).toBeLessThan(51.2);
  });
});

describe('chooseSeeds input checks', () => {
  const csr = csrOf(6, star(5));

  it('returns every eligible node when count exceeds them', () => {
    const excluded = Uint8Array.of(0, 1, 1, 0, 1, 0);
    expect([...chooseSeeds(csr, seeding('top-degree', 10, { excluded }))]).toEqual([0, 3, 5]);
  });

  it('rejects a bad count or a mask of the wrong length with a clear sentence', () => {
    expect(() => chooseSeeds(csr, seeding('top-degree', -1))).toThrow(
      'The number of seeds must be a whole number, 0 or more; got -1.',
    );
    expect(() => chooseSeeds(csr, seeding('top-degree', 1.5))).toThrow(RangeError);
    expect(() =>
      chooseSeeds(csr, seeding('top-degree', 1, { excluded: new Uint8Array(2) })),
    ).toThrow(/2 entries but the network has 6 nodes/);
  });

  it('rejects an unknown strategy', () => {
    expect(() => chooseSeeds(csr, seeding('best' as never, 1))).toThrow(
      'Unknown seeding strategy "best".',
    );
  });
});
