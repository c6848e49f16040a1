import fc from 'fast-check';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { aleaFromText } from '../../src/random/alea.ts';
import { createRng } from '../../src/random/rng.ts';

/** The first `count` numbers of a generator. */
function draws(rng: () => number, count: number): number[] {
  return Array.from({ length: count }, () => rng());
}

// Ripple's Alea must be seedrandom's to the last bit: every stored result depends on it.
describe('Alea', () => {
  it('draws what seedrandom.alea draws for the same text, over a long stream', () => {
    for (const text of ['', ' ', '42/run/17', 'bench/seeds/3999', 'é/😀/\u0000', 'x'.repeat(500)])
      expect(draws(aleaFromText(text), 5000)).toEqual(draws(seedrandom.alea(text), 5000));
  });

  it('draws what seedrandom.alea draws for any text, including lone surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(draws(aleaFromText(text), 20)).toEqual(draws(seedrandom.alea(text), 20));
      }),
      { numRuns: 2000 },
    );
  });

  it("gives every run's streams of an ensemble the numbers seedrandom gives them", () => {
    for (const seed of [42, 'bench', -7, 0.5, 1e21]) {
      for (let run = 0; run < 3000; run++) {
        for (const stream of ['run', 'seeds']) {
          const text = [String(seed), stream, String(run)].join('/');
          expect(draws(createRng(seed, stream, run), 4)).toEqual(draws(seedrandom.alea(text), 4));
        }
      }
    }
  });
});
