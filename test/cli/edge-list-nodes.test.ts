import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { fakeIo } from './fake-io.ts';

const EDGES = `${process.cwd()}/edges.txt`;

async function ripple(files: Record<string, string>, ...argv: string[]) {
  const { io, out } = fakeIo(files);
  const code = await main(argv, io);
  return { code, ...out };
}

describe('nodes without ties in an edge list', () => {
  it('keeps ids 0..N−1 with --nodes N, and warns of gaps without it', async () => {
    const files = { [EDGES]: '0 1\n5 6\n' };
    const common = ['run', '--graph', 'edges.txt', '--runs', '3'];
    const declared = await ripple(files, ...common, '--nodes', '10');
    expect(declared.code).toBe(0);
    expect(JSON.parse(declared.stdout).network.nodes).toBe(10);
    expect(declared.stderr).toBe('');
    const guessed = await ripple(files, ...common);
    const report = JSON.parse(guessed.stdout);
    expect(report.network.nodes).toBe(4);
    expect(report.warnings[0]).toContain('people without ties are missing from the network');
    expect(guessed.stderr).toContain('warning: the node ids are whole numbers from 0 to 6');
  });

  it('reads an Erdős–Rényi edge list whole: lone lines or --nodes keep the isolated people', async () => {
    const written = await ripple(
      {},
      'graph',
      'scenarios/tipping-point-er.json',
      '--format',
      'edgelist',
    );
    expect(written.code).toBe(0);
    const edgesOnly = written.stdout
      .split('\n')
      .filter((line) => line.includes(' ') || line.startsWith('#'))
      .join('\n');
    const nodesOf = async (text: string, ...extra: string[]) => {
      const result = await ripple(
        { [EDGES]: text },
        'run',
        '--graph',
        'edges.txt',
        '--runs',
        '1',
        ...extra,
      );
      return JSON.parse(result.stdout).network.nodes;
    };
    // About e^−4 of 10,000 people (183) have no friend at mean degree 4.
    expect(await nodesOf(edgesOnly)).toBeLessThan(9900);
    expect(await nodesOf(written.stdout)).toBe(10000);
    expect(await nodesOf(edgesOnly, '--nodes', '10000')).toBe(10000);
  });

  it('says how many nodes were read on stderr when the output is CSV', async () => {
    const files = { [EDGES]: 'a b\nc\n' };
    const csv = await ripple(
      files,
      'run',
      '--graph',
      'edges.txt',
      '--runs',
      '2',
      '--format',
      'csv',
    );
    expect(csv.code).toBe(0);
    expect(csv.stderr).toBe('note: read 3 nodes from the graph file "edges.txt"\n');
  });

  it('refuses ids outside 0..N−1, and "nodes" for a GEXF file', async () => {
    const outside = await ripple(
      { [EDGES]: '0 1\n1 12\n' },
      'run',
      '--graph',
      'edges.txt',
      '--nodes',
      '10',
    );
    expect(outside.code).toBe(1);
    expect(outside.stderr).toContain("line 2: node '12' is not a whole number from 0 to 9");
    const gexf = await ripple({}, 'run', '--graph', 'friends.gexf', '--nodes', '10');
    expect(gexf.code).toBe(1);
    expect(gexf.stderr).toContain('"nodes" applies to edge lists only');
  });
});
