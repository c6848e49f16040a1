import { describe, expect, it } from 'vitest';
import { serializeScenario } from '../../src/scenario/index.ts';
import { minimal, paths, problemsOf, valid } from './helpers.ts';

const withSweep = (sweep: unknown) => ({ ...minimal(), sweep });
const withCompare = (compare: unknown) => ({ ...minimal(), compare });
const variant = (label: string, seeding: unknown = { strategy: 'random', count: 1 }) => ({
  label,
  seeding,
});

describe('the sweep section', () => {
  it('is optional, and takes a range or a list on one or two axes', () => {
    expect(valid(minimal()).sweep).toBeUndefined();
    const scenario = valid(
      withSweep({
        x: { parameter: 'content.power', from: 0.1, to: 0.5, steps: 5 },
        y: { parameter: 'seeding.count', values: [1, 2] },
      }),
    );
    expect(scenario.sweep?.y?.values).toEqual([1, 2]);
    expect(valid(JSON.parse(serializeScenario(scenario)))).toEqual(scenario);
  });

  it('names a number of the scenario, pointing at the typo', () => {
    const [problem] = problemsOf(withSweep({ x: { parameter: 'content.pwr', values: [0.1] } }));
    expect(problem.path).toBe('$.sweep.x.parameter');
    expect(problem.message).toContain('no parameter "content.pwr"');
    expect(
      problemsOf(withSweep({ x: { parameter: 'sweep.x.steps', values: [1] } }))[0].message,
    ).toContain('not a parameter to vary');
    expect(problemsOf(withSweep({ x: { parameter: 'graph', values: [1] } }))[0].message).toContain(
      'is not a number',
    );
  });

  it('wants either values or a complete range, not both', () => {
    expect(
      paths(problemsOf(withSweep({ x: { parameter: 'content.power', from: 0.1, to: 0.5 } }))),
    ).toEqual(['$.sweep.x.steps']);
    const [both] = problemsOf(
      withSweep({ x: { parameter: 'content.power', values: [0.1], steps: 2, from: 0, to: 1 } }),
    );
    expect(both.message).toContain('Both a list of values and a range');
  });

  it('is bounded: 100 values an axis, 2,000 points, two different parameters', () => {
    expect(
      paths(
        problemsOf(withSweep({ x: { parameter: 'content.power', from: 0, to: 1, steps: 101 } })),
      ),
    ).toEqual(['$.sweep.x.steps']);
    const big = {
      x: { parameter: 'content.power', from: 0, to: 1, steps: 100 },
      y: { parameter: 'seeding.count', from: 1, to: 21, steps: 21 },
    };
    expect(problemsOf(withSweep(big))[0].message).toContain('2,100 points');
    expect(
      problemsOf(
        withSweep({
          x: { parameter: 'content.power', values: [0.1] },
          y: { parameter: 'content.power', values: [0.2] },
        }),
      )[0].path,
    ).toBe('$.sweep.y.parameter');
  });
});

describe('the compare section', () => {
  it('is optional, takes 2 to 12 labelled seedings, and defaults the cost to 1 per seed', () => {
    const scenario = valid(
      withCompare({
        variants: [variant('one'), variant('packed', { strategy: 'one-community', count: 3 })],
      }),
    );
    expect(scenario.compare?.cost).toEqual({ perSeed: 1, perFollower: 0 });
    expect(scenario.compare?.variants[1].seeding).toMatchObject({
      strategy: 'one-community',
      count: 3,
      schedule: { type: 'synchronous' },
    });
    expect(paths(problemsOf(withCompare({ variants: [variant('alone')] })))).toEqual([
      '$.compare.variants',
    ]);
  });

  it('checks each variant against the graph, with its own path', () => {
    const problems = problemsOf(
      withCompare({
        variants: [variant('a'), variant('b', { strategy: 'top-degree', count: 500 })],
      }),
    );
    expect(paths(problems)).toEqual(['$.compare.variants[1].seeding.count']);
  });

  it('wants distinct labels and a cost that is not zero', () => {
    expect(
      paths(problemsOf(withCompare({ variants: [variant('same'), variant('same')] }))),
    ).toEqual(['$.compare.variants[1].label']);
    const free = problemsOf(
      withCompare({ variants: [variant('a'), variant('b')], cost: { perSeed: 0 } }),
    );
    expect(free[0]).toMatchObject({ path: '$.compare.cost.perSeed' });
    expect(
      paths(
        problemsOf(withCompare({ variants: [variant('a'), variant('b')], cost: { perSeed: -1 } })),
      ),
    ).toEqual(['$.compare.cost.perSeed']);
  });
});
