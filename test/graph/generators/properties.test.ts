import fc from 'fast-check';
import { describe, it } from 'vitest';
import {
  barabasiAlbert,
  caveman,
  configurationModel,
  erdosRenyi,
  stochasticBlock,
  wattsStrogatz,
} from '../../../src/graph/generators/index.ts';
import type { Network } from '../../../src/graph/network.ts';
import { createRng, type Rng } from '../../../src/random/rng.ts';
import { expectSameNetwork, expectSimple } from './helpers.ts';

/**
 * For small random options: every generator gives a simple network (no self-loop, no
 * repeated edge, endpoints in range) and the same seed gives the same network.
 */
function simpleAndDeterministic<T>(
  options: fc.Arbitrary<T>,
  generate: (options: T, rng: Rng) => Network,
) {
  fc.assert(
    fc.property(options, fc.integer(), (opts, seed) => {
      const network = generate(opts, createRng(seed));
      expectSimple(network);
      expectSameNetwork(network, generate(opts, createRng(seed)));
    }),
    { numRuns: 150 },
  );
}

const probability = fc.double({ min: 0, max: 1, noNaN: true });

describe('every generator gives simple, reproducible networks', () => {
  it('erdosRenyi G(n, p)', () => {
    simpleAndDeterministic(
      fc.record({ n: fc.integer({ min: 1, max: 40 }), p: probability, directed: fc.boolean() }),
      (o, rng) => erdosRenyi({ ...o, rng }),
    );
  });

  it('erdosRenyi G(n, m)', () => {
    const options = fc
      .record({ n: fc.integer({ min: 1, max: 30 }), directed: fc.boolean() })
      .chain(({ n, directed }) =>
        fc.record({
          n: fc.constant(n),
          directed: fc.constant(directed),
          m: fc.integer({ min: 0, max: directed ? n * (n - 1) : (n * (n - 1)) / 2 }),
        }),
      );
    simpleAndDeterministic(options, (o, rng) => erdosRenyi({ ...o, rng }));
  });

  it('barabasiAlbert', () => {
    const options = fc.integer({ min: 2, max: 60 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        m: fc.integer({ min: 1, max: n - 1 }),
        directed: fc.boolean(),
      }),
    );
    simpleAndDeterministic(options, (o, rng) => barabasiAlbert({ ...o, rng }));
  });

  it('wattsStrogatz', () => {
    const options = fc.integer({ min: 3, max: 50 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        k: fc.integer({ min: 1, max: Math.floor((n - 1) / 2) }).map((half) => 2 * half),
        beta: probability,
      }),
    );
    simpleAndDeterministic(options, (o, rng) => wattsStrogatz({ ...o, rng }));
  });

  it('stochasticBlock', () => {
    const options = fc.record({
      sizes: fc.array(fc.integer({ min: 1, max: 15 }), { minLength: 1, maxLength: 5 }),
      pIn: probability,
      pOut: probability,
      directed: fc.boolean(),
    });
    simpleAndDeterministic(options, (o, rng) => stochasticBlock({ ...o, rng }));
  });

  it('configurationModel', () => {
    const options = fc
      .record({
        n: fc.integer({ min: 4, max: 80 }),
        exponent: fc.double({ min: 1.5, max: 3.5, noNaN: true }),
      })
      .map((o) => ({ ...o, minDegree: 2 }));
    simpleAndDeterministic(options, (o, rng) => configurationModel({ ...o, rng }));
  });

  it('caveman', () => {
    const options = fc.record({
      cliques: fc.integer({ min: 2, max: 8 }),
      size: fc.integer({ min: 2, max: 8 }),
      connected: fc.boolean(),
    });
    simpleAndDeterministic(options, (o) => caveman(o));
  });
});
