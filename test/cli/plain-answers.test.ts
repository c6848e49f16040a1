import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { fakeIo } from './fake-io.ts';

const here = (name: string) => `${process.cwd()}/${name}`;

async function ripple(files: Record<string, string>, ...argv: string[]) {
  const { io, out } = fakeIo(files);
  const code = await main(argv, io);
  return { code, ...out };
}

/** Bad input is answered with exit 1 (a file) or 2 (the command) and a message, never a stack. */
function expectPlain(result: { code: number; stderr: string }, code: number, message: string) {
  expect(result.code).toBe(code);
  expect(result.stderr).toContain(message);
  expect(result.stderr).not.toMatch(/\n\s+at .*:\d+/);
  expect(result.stderr).not.toContain('please report it');
}

describe('plain answers to bad input', () => {
  it.each([
    ['GEXF', 'net.gexf', 'cannot write GEXF: found 1 label with control characters'],
    ['GraphML', 'net.graphml', 'cannot write GraphML: found 1 label with control characters'],
  ])('a label XML cannot hold, exported as %s: exit 1', async (_, out, message) => {
    const files = { [here('edges.txt')]: 'a\u0001b c\n' };
    expectPlain(await ripple(files, 'graph', '--graph', 'edges.txt', '--out', out), 1, message);
  });

  it('a label an edge list cannot hold: exit 1', async () => {
    const files = {
      [here('net.graphml')]:
        '<graphml><graph edgedefault="undirected"><node id="new york"/><node id="b"/><edge source="new york" target="b"/></graph></graphml>',
    };
    const result = await ripple(files, 'graph', '--graph', 'net.graphml', '--format', 'edgelist');
    expectPlain(result, 1, 'cannot write an edge list: 1 label is empty or contain whitespace');
  });

  it('an edge list with more people than Ripple handles: exit 1', async () => {
    const lines = Array.from({ length: 2_000_001 }, (_, i) => i).join('\n');
    const result = await ripple({ [here('many.txt')]: lines }, 'graph', '--graph', 'many.txt');
    expectPlain(
      result,
      1,
      'it has 2,000,001 nodes and 0 edges; Ripple handles at most 2,000,000 nodes',
    );
  });

  it('a GraphML file with a duplicate id: exit 1 with its line', async () => {
    const files = {
      [here('dup.graphml')]:
        '<graphml>\n<graph>\n<node id="a"/>\n<node id="a"/>\n</graph>\n</graphml>',
    };
    const result = await ripple(files, 'run', '--graph', 'dup.graphml');
    expectPlain(result, 1, "line 4: node id 'a' is declared twice (also on line 3)");
  });
});
