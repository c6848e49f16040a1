import fc from 'fast-check';
import { PLAIN_TEXT } from '../../src/scenario/plain-text.ts';

/** Arbitrary valid scenario files (as written, so some settings are left to their defaults). */

const text = (min: number, max: number) =>
  fc.string({ unit: 'binary', minLength: min, maxLength: max }).filter((s) => PLAIN_TEXT.test(s));
const unit = fc.double({ min: 0, max: 1, noNaN: true });
const positiveUnit = fc.double({ min: Number.MIN_VALUE, max: 1, noNaN: true });
const some = <T extends Record<string, unknown>>(record: { [K in keyof T]: fc.Arbitrary<T[K]> }) =>
  fc.record(record, { requiredKeys: [] });

const ties = some({
  strongShare: unit,
  strong: positiveUnit,
  weak: positiveUnit,
  placement: fc.constantFrom('random', 'embedded'),
});
const population = some({
  opinionLeaders: fc.integer({ min: 0, max: 1 }),
  brands: fc.integer({ min: 0, max: 1 }),
  botShare: unit,
});
const attributes = fc.record({ ties, population }, { requiredKeys: [] });

// Every generated graph has at least 2 nodes, so up to 2 seeds and 2 special accounts fit.
const graph = fc
  .oneof(
    fc.integer({ min: 2, max: 1000 }).chain((nodes) =>
      fc
        .oneof(
          fc.record({
            meanDegree: fc.double({ min: 0, max: Math.min(nodes - 1, 20), noNaN: true }),
          }),
          fc.record({ p: fc.double({ min: 0, max: Math.min(1, 20 / nodes), noNaN: true }) }),
          fc.record({ edges: fc.integer({ min: 0, max: nodes - 1 }) }),
        )
        .map((density) => ({ generator: 'erdos-renyi', nodes, ...density })),
    ),
    fc.integer({ min: 2, max: 1000 }).chain((nodes) =>
      fc.record({
        generator: fc.constant('barabasi-albert'),
        nodes: fc.constant(nodes),
        m: fc.integer({ min: 1, max: Math.min(5, nodes - 1) }),
        directed: fc.boolean(),
      }),
    ),
    fc.integer({ min: 3, max: 1000 }).chain((nodes) =>
      fc.record({
        generator: fc.constant('watts-strogatz'),
        nodes: fc.constant(nodes),
        k: fc.constantFrom(2, ...(nodes > 4 ? [4] : [])),
        beta: unit,
      }),
    ),
    fc.record({
      generator: fc.constant('stochastic-block'),
      communities: fc.integer({ min: 1, max: 5 }),
      nodes: fc.integer({ min: 5, max: 500 }),
      pIn: unit,
      pOut: unit,
    }),
    fc.record({
      generator: fc.constant('configuration-model'),
      nodes: fc.integer({ min: 10, max: 1000 }).map((n) => n * 2),
      exponent: fc.double({ min: 1.5, max: 10, noNaN: true }),
      minDegree: fc.integer({ min: 1, max: 3 }),
    }),
    fc.constant({ generator: 'karate-club' }),
    fc.record({
      generator: fc.constant('caveman'),
      cliques: fc.integer({ min: 2, max: 20 }),
      size: fc.integer({ min: 2, max: 10 }),
      connected: fc.boolean(),
    }),
    fc.record(
      {
        generator: fc.constant('file'),
        path: fc.constantFrom('graphs/a.txt', 'b.gexf', '../c.graphml', 'd'),
        format: fc.constantFrom('edgelist', 'gexf', 'graphml'),
        directed: fc.boolean(),
      },
      { requiredKeys: ['generator', 'path', 'format'] },
    ),
  )
  .chain((g) => attributes.map((a) => ({ ...g, ...a })));

const weighting = fc.constantFrom('tie-strength', 'weighted-cascade');
const content = fc.oneof(
  fc.record(
    { model: fc.constant('independent-cascade'), power: unit, weighting },
    { requiredKeys: ['model', 'power'] },
  ),
  fc.record({
    model: fc.constant('linear-threshold'),
    threshold: fc.oneof(
      fc.constant({ rule: 'uniform-random' }),
      fc.record({ rule: fc.constant('fraction'), phi: unit }),
      fc.record({ rule: fc.constant('count'), count: fc.integer({ min: 1, max: 10_000 }) }),
    ),
  }),
  fc.record(
    { model: fc.constant('sir'), power: unit, recovery: positiveUnit, weighting },
    { requiredKeys: ['model', 'power', 'recovery'] },
  ),
);

const schedule = (seeds: number) =>
  fc.oneof(
    fc.constant({ type: 'synchronous' }),
    fc.record({ type: fc.constant('staggered'), every: fc.integer({ min: 1, max: 1000 }) }),
    fc.record({
      type: fc.constant('explicit'),
      steps: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: seeds, maxLength: seeds }),
    }),
  );

const seeding = fc.oneof(
  fc
    .uniqueArray(fc.oneof(fc.integer({ min: 0, max: 1 }), text(1, 20)), {
      minLength: 1,
      maxLength: 5,
    })
    .chain((nodes) =>
      fc.record(
        {
          strategy: fc.constant('explicit'),
          nodes: fc.constant(nodes),
          schedule: schedule(nodes.length),
        },
        { requiredKeys: ['strategy', 'nodes'] },
      ),
    ),
  fc.integer({ min: 1, max: 2 }).chain((count) =>
    fc.record(
      {
        strategy: fc.constantFrom(
          'random',
          'top-degree',
          'top-pagerank',
          'k-core',
          'one-per-community',
          'one-community',
          'degree-discount',
          'greedy-celf',
        ),
        count: fc.constant(count),
        schedule: schedule(count),
      },
      { requiredKeys: ['strategy', 'count'] },
    ),
  ),
);

const run = some({
  runs: fc.integer({ min: 1, max: 100_000 }),
  globalFraction: positiveUnit,
  maxSteps: fc.integer({ min: 1, max: 1_000_000 }),
});

export const scenarioInput = fc.record(
  {
    version: fc.constant(1),
    name: text(1, 40),
    description: text(0, 200),
    seed: fc.oneof(fc.integer({ min: 0, max: 4_294_967_295 }), text(0, 20)),
    graph,
    content,
    seeding,
    run,
  },
  { requiredKeys: ['version', 'name', 'graph', 'content'] },
);
