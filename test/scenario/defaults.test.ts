import { describe, expect, it } from 'vitest';
import { minimal, valid } from './helpers.ts';

describe('defaults', () => {
  it('fills in every default of a minimal file', () => {
    expect(valid(minimal())).toEqual({
      $schema: './scenario.schema.json',
      version: 1,
      name: 'Test',
      description: '',
      seed: 1,
      graph: { generator: 'erdos-renyi', nodes: 100, meanDegree: 4, directed: false },
      content: { model: 'independent-cascade', power: 0.3, weighting: 'tie-strength' },
      seeding: { strategy: 'random', count: 1, resample: true, schedule: { type: 'synchronous' } },
      run: { runs: 500, globalFraction: 0.1, maxSteps: 10_000 },
    });
  });

  it('fills in defaults inside ties, population and partial sections', () => {
    const scenario = valid({
      ...minimal(),
      graph: { generator: 'caveman', cliques: 3, size: 4, ties: {}, population: { botShare: 0.3 } },
      content: { model: 'sir', power: 0.2, recovery: 0.5 },
      seeding: { strategy: 'top-degree' },
      run: { runs: 50 },
    });
    expect(scenario.graph).toEqual({
      generator: 'caveman',
      cliques: 3,
      size: 4,
      connected: false,
      ties: { strongShare: 0.2, strong: 1, weak: 0.3, placement: 'embedded' },
      population: { opinionLeaders: 0, brands: 0, botShare: 0.3 },
    });
    expect(scenario.content).toEqual({
      model: 'sir',
      power: 0.2,
      recovery: 0.5,
      weighting: 'tie-strength',
    });
    expect(scenario.seeding).toEqual({
      strategy: 'top-degree',
      count: 1,
      schedule: { type: 'synchronous' },
    });
    expect(scenario.run).toEqual({ runs: 50, globalFraction: 0.1, maxSteps: 10_000 });
  });

  it('leaves optional settings without a default out', () => {
    const scenario = valid({
      ...minimal(),
      graph: { generator: 'file', path: 'graphs/friends.txt' },
    });
    expect(scenario.graph).toEqual({ generator: 'file', path: 'graphs/friends.txt' });
  });
});
