import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { fakeIo } from './fake-io.ts';

const here = (name: string) => `${process.cwd()}/${name}`;
const example = (name: string) => JSON.parse(readFileSync(`scenarios/${name}`, 'utf8'));

/** `ripple <command> s.json` with the scenario (and graph files) in memory. */
async function ripple(command: string, scenario: object, graphs: Record<string, string> = {}) {
  const files = { 's.json': JSON.stringify(scenario) };
  for (const [name, text] of Object.entries(graphs)) Object.assign(files, { [here(name)]: text });
  const { io, out } = fakeIo(files);
  const code = await main([command, 's.json', '--runs', '2'], io);
  return { code, ...out };
}

/** The problem lines `validate` printed. */
const problemLines = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('  '));

describe('validate refuses what run, sweep and compare refuse (issue 9, item 8)', () => {
  it('a value of the scenario’s own sweep out of range, at its place in the list', async () => {
    const scenario = example('clustered-vs-random-complex.json');
    scenario.sweep.x.values[3] = 2;
    const checked = await ripple('validate', scenario);
    expect(checked.code).toBe(1);
    expect(problemLines(checked.stdout)).toEqual([
      '  $.sweep.x.values[3]: graph.beta = 2 does not make a valid scenario: $.graph.beta: 2 is too large: expected a number from 0 to 1.',
    ]);
    // What sweep says of the same file, so validate's word holds.
    const swept = await ripple('sweep', scenario);
    expect(swept.code).toBe(1);
    expect(swept.stderr).toContain('graph.beta = 2 does not make a valid scenario');
  });

  it('a range of the own sweep out of range: the end it comes from', async () => {
    const scenario = example('power-sweep-er.json');
    scenario.sweep.x = { parameter: 'content.power', from: 0.5, to: 1.5, steps: 2 };
    const lines = problemLines((await ripple('validate', scenario)).stdout);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^ {2}\$\.sweep\.x\.to: content\.power = 1\.5 does not make/);
  });

  it('a 2-D grid whose points are valid one axis at a time but not together', async () => {
    const scenario = example('tipping-point-er.json');
    scenario.graph.nodes = 20;
    scenario.sweep = {
      x: { parameter: 'graph.nodes', values: [5, 20] },
      y: { parameter: 'seeding.count', values: [1, 10] },
    };
    const lines = problemLines((await ripple('validate', scenario)).stdout);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('  $.sweep: ');
    expect(lines[0]).toContain('graph.nodes = 5 does not make a valid scenario');
  });

  it('a graph file that does not parse, by its line', async () => {
    const scenario = example('tipping-point-er.json');
    scenario.graph = { generator: 'file', path: 'edges.txt' };
    const checked = await ripple('validate', scenario, { 'edges.txt': 'a b\nb c d e\n' });
    expect(checked.code).toBe(1);
    expect(problemLines(checked.stdout)).toEqual([
      "  edges.txt, line 2: expected 'source target [weight]' but found 4 tokens 'b c d e'",
    ]);
  });

  it('seeds the graph file does not have, in the seeding and in a compare variant', async () => {
    const scenario = example('tipping-point-er.json');
    scenario.graph = { generator: 'file', path: 'edges.txt' };
    scenario.seeding = { strategy: 'explicit', nodes: ['a', 'zz'] };
    scenario.compare = {
      variants: [
        { label: 'one', seeding: { strategy: 'explicit', nodes: ['q'] } },
        { label: 'random', seeding: { strategy: 'random', count: 1 } },
      ],
    };
    const graphs = { 'edges.txt': 'a b\nb c\n' };
    expect(problemLines((await ripple('validate', scenario, graphs)).stdout)).toEqual([
      '  $.seeding.nodes[1]: There is no node labelled "zz" in the network.',
      '  $.compare.variants[0].seeding.nodes[0]: There is no node labelled "q" in the network.',
    ]);
    expect((await ripple('run', scenario, graphs)).stderr).toContain('(at $.seeding.nodes[1])');
  });

  it('every example is still valid, so none of this is a false alarm', async () => {
    for (const name of ['clustered-vs-random-complex.json', 'power-sweep-er.json']) {
      const checked = await ripple('validate', example(name));
      expect(checked.stdout).toContain('valid (');
      expect(checked.code).toBe(0);
    }
  });
});
