import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../src/scenario/index.ts';
import { minimal, paths, problemsOf, valid } from './helpers.ts';

describe('validateScenario lists every problem', () => {
  it('reports five mistakes in five places as five problems', () => {
    const problems = problemsOf({
      version: 1,
      name: '',
      graph: { generator: 'barabasi-albert', nodes: 2000, m: 'three' },
      content: { model: 'independent-cascade', power: 1.5 },
      seeding: { strategy: 'top-degree', count: 0 },
      run: { runs: 500, globalFraction: 0 },
    });
    expect(paths(problems).sort()).toEqual([
      '$.content.power',
      '$.graph.m',
      '$.name',
      '$.run.globalFraction',
      '$.seeding.count',
    ]);
    for (const problem of problems) {
      expect(problem.expected).not.toBe('');
      expect(problem.message).toMatch(/^[A-Z"0-9-].*[.?]$/);
    }
  });

  it('gives expected and found for a wrong type, with a hint for quoted numbers', () => {
    const [problem] = problemsOf({
      ...minimal(),
      graph: { generator: 'erdos-renyi', nodes: '100', meanDegree: 4 },
    });
    expect(problem).toMatchObject({
      path: '$.graph.nodes',
      expected: 'a whole number from 1 to 2,000,000',
      found: '"100"',
    });
    expect(problem.message).toContain('without quotes');
  });

  it('says a fractional number is not a whole number', () => {
    const [problem] = problemsOf({ ...minimal(), run: { runs: 2.5 } });
    expect(problem).toMatchObject({
      path: '$.run.runs',
      expected: 'a whole number from 1 to 100,000',
      found: '2.5',
    });
  });

  it('refuses an absurd node count at once, naming the limit', () => {
    const started = performance.now();
    const [problem] = problemsOf({
      ...minimal(),
      graph: { generator: 'erdos-renyi', nodes: 1e9, meanDegree: 4 },
    });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(problem.path).toBe('$.graph.nodes');
    expect(problem.found).toBe('1000000000');
    expect(problem.message).toContain('2,000,000');
  });

  it('refuses a graph whose expected edge count is over the limit', () => {
    const [problem] = problemsOf({
      ...minimal(),
      graph: { generator: 'erdos-renyi', nodes: 2_000_000, p: 0.5 },
    });
    expect(problem.path).toBe('$.graph');
    expect(problem.expected).toContain('20,000,000 edges');
    expect(problem.found).toMatch(/^about [\d,]+ edges$/);
  });

  it('reports a missing required setting as "nothing"', () => {
    const { content: _content, ...rest } = minimal();
    expect(problemsOf(rest)).toEqual([
      expect.objectContaining({
        path: '$.content',
        found: 'nothing',
        message: expect.stringContaining('"content" is missing'),
      }),
    ]);
  });

  it('lists each unknown key, with a suggestion for likely typos', () => {
    const problems = problemsOf({ ...minimal(), colour: 'red', run: { maxsteps: 5, runz: 3 } });
    const byPath = Object.fromEntries(problems.map((problem) => [problem.path, problem]));
    expect(Object.keys(byPath).sort()).toEqual(['$.colour', '$.run.maxsteps', '$.run.runz']);
    expect(byPath['$.run.maxsteps'].message).toContain('did you mean "maxSteps"?');
    expect(byPath['$.run.runz'].message).toContain('did you mean "runs"?');
    expect(byPath['$.colour'].expected).toContain('name, description, seed, graph');
    expect(byPath['$.colour'].message).toContain('the settings here are $schema, version, name');
  });

  it('names the known choices when a generator, model or strategy is unknown or missing', () => {
    const problems = problemsOf({
      ...minimal(),
      graph: { generator: 'barabasi_albert', nodes: 10, m: 2 },
      content: { power: 0.3 },
      seeding: { strategy: 'best' },
    });
    expect(paths(problems)).toEqual(['$.graph.generator', '$.content.model', '$.seeding.strategy']);
    expect(problems[0].message).toContain('did you mean "barabasi-albert"?');
    expect(problems[1]).toMatchObject({
      found: 'nothing',
      message: expect.stringContaining('add "model"'),
    });
    expect(problems[2].expected).toContain('"greedy-celf"');
  });

  it('checks the fields of the chosen variant only', () => {
    const problems = problemsOf({
      ...minimal(),
      content: { model: 'linear-threshold', threshold: { rule: 'count', count: 0 }, power: 0.3 },
    });
    expect(paths(problems)).toEqual(['$.content.threshold.count', '$.content.power']);
  });

  it('needs exactly one density for an Erdős–Rényi graph', () => {
    const none = problemsOf({ ...minimal(), graph: { generator: 'erdos-renyi', nodes: 100 } });
    expect(none).toEqual([expect.objectContaining({ path: '$.graph', found: 'none of them' })]);
    const two = problemsOf({
      ...minimal(),
      graph: { generator: 'erdos-renyi', nodes: 100, p: 0.1, edges: 30 },
    });
    expect(two).toEqual([expect.objectContaining({ path: '$.graph', found: 'p, edges' })]);
  });

  it('checks generator parameters against each other', () => {
    const cases: Array<[unknown, string]> = [
      [{ generator: 'barabasi-albert', nodes: 10, m: 10 }, '$.graph.m'],
      [{ generator: 'watts-strogatz', nodes: 10, k: 3, beta: 0.1 }, '$.graph.k'],
      [
        { generator: 'stochastic-block', communities: 11, nodes: 10, pIn: 0.5, pOut: 0.1 },
        '$.graph.communities',
      ],
      [
        { generator: 'configuration-model', nodes: 101, exponent: 2.5, minDegree: 3, maxDegree: 3 },
        '$.graph',
      ],
      [{ generator: 'caveman', cliques: 1, size: 5, connected: true }, '$.graph.cliques'],
      [
        { generator: 'karate-club', population: { opinionLeaders: 30, brands: 5 } },
        '$.graph.population',
      ],
      [{ generator: 'file', path: '/data/graph.txt' }, '$.graph.path'],
      [{ generator: 'file', path: 'C:\\data\\graph.txt' }, '$.graph.path'],
      [{ generator: 'file', path: 'graph.csv' }, '$.graph.path'],
    ];
    for (const [graph, path] of cases)
      expect(paths(problemsOf({ ...minimal(), graph }))).toEqual([path]);
  });

  it('checks the seeds against the graph and the schedule against the seeds', () => {
    const tooMany = problemsOf({ ...minimal(), seeding: { strategy: 'random', count: 101 } });
    expect(tooMany).toEqual([
      expect.objectContaining({
        path: '$.seeding.count',
        expected: 'at most 100 (the number of nodes)',
      }),
    ]);
    const explicit = problemsOf({
      ...minimal(),
      seeding: {
        strategy: 'explicit',
        nodes: [0, 100, 'a', 'a'],
        schedule: { type: 'explicit', steps: [0] },
      },
    });
    expect(paths(explicit)).toEqual(['$.seeding.schedule.steps', '$.seeding.nodes[3]']);
    const index = problemsOf({ ...minimal(), seeding: { strategy: 'explicit', nodes: [0, 100] } });
    expect(index).toEqual([
      expect.objectContaining({
        path: '$.seeding.nodes[1]',
        expected: 'a node index from 0 to 99',
      }),
    ]);
  });

  it('refuses control and direction-changing characters in text, and keeps HTML as plain text', () => {
    const problems = problemsOf({ ...minimal(), name: 'a\u0007b', description: 'right\u202eleft' });
    expect(paths(problems)).toEqual(['$.name', '$.description']);
    expect(problems[0].found).toBe('"a\\u0007b"');
    expect(problems[1].found).toBe('"right\\u202eleft"');
    const [key] = problemsOf({ ...minimal(), 'evil\u202ekey': 1 });
    expect(key.path).toBe('$["evil\\u202ekey"]');
    expect(key.message).toContain('"evil\\u202ekey" is not a setting');
    const html = '<img src=x onerror=alert(1)> <b>bold</b>\n\ttabbed';
    const result = problemsOf({ ...minimal(), name: html, run: { runs: 0 } });
    expect(paths(result)).toEqual(['$.run.runs']);
  });

  it('gives one problem per mistake, never the same one twice', () => {
    expect(problemsOf({ ...minimal(), name: [] })).toEqual([
      expect.objectContaining({ path: '$.name', found: '[]' }),
    ]);
    const huge = 1e308;
    for (const [change, path] of [
      [{ seed: huge }, '$.seed'],
      [{ graph: { generator: 'erdos-renyi', nodes: huge, meanDegree: 4 } }, '$.graph.nodes'],
      [{ graph: { generator: 'watts-strogatz', nodes: 100, k: huge, beta: 0.1 } }, '$.graph.k'],
      [{ seeding: { strategy: 'random', count: huge } }, '$.seeding.count'],
    ] as const) {
      const problems = problemsOf({ ...minimal(), ...change });
      expect(paths(problems)).toEqual([path]);
      expect(problems[0].message).toContain('1e+308 is too large');
    }
  });

  it('refuses half a character (a lone surrogate) in text, shown as an escape', () => {
    const problems = problemsOf({ ...minimal(), name: 'a\ud800b', description: '\udc00' });
    expect(paths(problems)).toEqual(['$.name', '$.description']);
    expect(problems[0].found).toBe('"a\\ud800b"');
    expect(problems[0].message).toContain('half of a character');
    expect(valid({ ...minimal(), name: 'emoji 😀 are whole characters' }).name).toContain('😀');
  });

  it('renders what was found briefly', () => {
    const [problem] = problemsOf({ ...minimal(), name: 'x'.repeat(500) });
    expect(problem.found.length).toBeLessThanOrEqual(100);
    expect(problem.found).toContain('(500 characters)');
    const [object] = problemsOf({
      ...minimal(),
      seed: { a: [1, 2, 3, 4, 5], b: { c: 1 }, d: 1, e: 2 },
    });
    expect(object.found).toBe('{"a": […], "b": {…}, "d": 1, …}');
  });
});

describe('greedy seeding on a graph too big for it', () => {
  it('is a problem at $.seeding.strategy that names the limit and the alternative', () => {
    const result = validateScenario({
      version: 1,
      name: 'big greedy',
      graph: { generator: 'barabasi-albert', nodes: 6000, m: 2 },
      content: { model: 'independent-cascade', power: 0.1 },
      seeding: { strategy: 'greedy-celf', count: 2 },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0].path).toBe('$.seeding.strategy');
    expect(result.problems[0].message).toContain('5,000');
    expect(result.problems[0].message).toContain('degree-discount');
  });
});
