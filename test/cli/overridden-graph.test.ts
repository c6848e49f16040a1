import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { fakeIo } from './fake-io.ts';

const SCENARIO = 'scenarios/clustered-vs-random-complex.json';
const EDGES = '0 1\n1 2\n2 0\n2 3\n3 4\n4 0\n';

/** The Watts–Strogatz example (its sweep varies graph.beta) on a small edge list of its own. */
async function ripple(...argv: string[]) {
  // Named as given (for --graph) and as found from the scenario's folder.
  const { io, out } = fakeIo({ 'my-edges.txt': EDGES, [`${process.cwd()}/my-edges.txt`]: EDGES });
  const code = await main([...argv, '--runs', '2'], io);
  return { code, ...out };
}

describe('--graph over a scenario whose own sweep varies the generated graph (issue 9, item 9)', () => {
  it('the example does sweep graph.beta, so the case is real', () => {
    const file = JSON.parse(readFileSync(SCENARIO, 'utf8'));
    expect(file.sweep.x.parameter).toBe('graph.beta');
  });

  it.each(['run', 'graph'])('%s does not use the sweep, so it runs', async (command) => {
    const result = await ripple(command, SCENARIO, '--graph', 'my-edges.txt');
    expect(result.stderr).not.toContain('graph.beta');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).nodes ?? JSON.parse(result.stdout).network.nodes).toBe(5);
  });

  it('sweep says the own sweep does not fit the new graph, and how to name another parameter', async () => {
    const result = await ripple('sweep', SCENARIO, '--graph', 'my-edges.txt');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("The scenario's own sweep does not fit");
    expect(result.stderr).toContain('"graph.beta"');
    // The example names a number this scenario has (its count threshold), so it can be pasted.
    expect(result.stderr).toContain('--param content.threshold.count --values 1,2,4');
  });

  it('sweep with --param varies what it is told, on the new graph', async () => {
    const result = await ripple(
      'sweep',
      SCENARIO,
      '--graph',
      'my-edges.txt',
      '--param',
      'content.threshold.count',
      '--values',
      '1,2',
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).points).toHaveLength(2);
  });

  it('a sweep the file itself gets wrong is still the file’s problem, with its path', async () => {
    const { io, out } = fakeIo({
      'broken.json': readFileSync(SCENARIO, 'utf8').replace('"graph.beta"', '"graph.bta"'),
    });
    expect(await main(['run', 'broken.json', '--runs', '2'], io)).toBe(1);
    expect(out.stderr).toContain('$.sweep.x.parameter: The scenario has no parameter "graph.bta"');
  });
});
