import { describe, expect, it } from 'vitest';
import {
  GraphFormatError,
  parseGexf,
  parseGraphml,
  writeGexf,
  writeGraphml,
} from '../../../src/graph/io/index.ts';
import type { Network } from '../../../src/graph/network.ts';

const nasty = `<script>alert("x")</script>&'`;
const network: Network = {
  n: 2,
  directed: true,
  src: Int32Array.from([0]),
  dst: Int32Array.from([1]),
  weight: Float64Array.from([0.5]),
  kind: Uint8Array.from([1, 3]),
  community: Int32Array.from([4, -1]),
  labels: [nasty, 'plain'],
};

function formatError(parse: () => unknown): GraphFormatError {
  try {
    parse();
  } catch (error) {
    if (error instanceof GraphFormatError) return error;
    throw error;
  }
  throw new Error('expected a GraphFormatError');
}

describe.each([
  ['GEXF', writeGexf, parseGexf],
  ['GraphML', writeGraphml, parseGraphml],
] as const)('%s', (name, write, parse) => {
  it('keeps a label full of markup as text, never as markup', () => {
    const text = write(network);
    expect(text).not.toContain('<script>');
    expect(parse(text).network.labels).toEqual(network.labels);
  });

  it('refuses labels with control characters XML cannot hold', () => {
    expect(() => write({ ...network, labels: ['a\u0001b', 'ok'] })).toThrow(
      `cannot write ${name}: found 1 label with control characters XML cannot hold (node 0 '"a\\u0001b"')`,
    );
  });

  it('reports malformed XML with a line number (xmldom gives the line of the unclosed start tag)', () => {
    const root = name === 'GEXF' ? 'gexf' : 'graphml';
    const error = formatError(() =>
      parse(`<?xml version="1.0"?>\n<${root}>\n<graph>\n<node id="a">\n</graph>\n</${root}>`),
    );
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0].line).toBe(4);
    expect(error.problems[0].message).toMatch(/^not well-formed XML: .*mismatch/);
  });

  it('says so when handed the other format', () => {
    const other = name === 'GEXF' ? writeGraphml(network) : writeGexf(network);
    expect(formatError(() => parse(other)).problems[0].message).toMatch(
      /^expected a <(gexf|graphml)> document but the file starts with <(graphml|gexf)>$/,
    );
  });
});

describe('parseGexf on files from other tools', () => {
  const gexf = (graph: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">${graph}</gexf>`;

  it('rejects weights outside (0, 1], naming the edge', () => {
    const text = gexf(
      '<graph defaultedgetype="directed"><nodes><node id="a"/><node id="b"/></nodes><edges><edge source="a" target="b" weight="3.0"/></edges></graph>',
    );
    expect(formatError(() => parseGexf(text)).problems).toEqual([
      { line: 1, message: "edge 'a' -> 'b': weight must be a number in (0, 1], found '3'" },
    ]);
  });

  it('reads a mixed graph as directed, undirected edges as two arcs', () => {
    const text = gexf(
      '<graph defaultedgetype="directed"><nodes><node id="a"/><node id="b"/><node id="c"/></nodes>' +
        '<edges><edge source="a" target="b"/><edge source="b" target="c" type="undirected"/></edges></graph>',
    );
    const { network: back, warnings } = parseGexf(text);
    expect(back.directed).toBe(true);
    expect([...back.src]).toEqual([0, 1, 2]);
    expect([...back.dst]).toEqual([1, 2, 1]);
    expect(warnings).toEqual([
      'the graph mixes directed and undirected edges: read as directed, each of the 1 undirected edge as two arcs',
    ]);
  });

  it('adds undeclared nodes, reads unknown kinds as person, with warnings', () => {
    const text = gexf(
      '<graph defaultedgetype="undirected"><attributes class="node"><attribute id="0" title="kind" type="string"/></attributes>' +
        '<nodes><node id="a"><attvalues><attvalue for="0" value="wizard"/></attvalues></node></nodes>' +
        '<edges><edge source="a" target="ghost"/></edges></graph>',
    );
    const { network: back, warnings } = parseGexf(text);
    expect(back.labels).toEqual(['a', 'ghost']);
    expect([...back.kind]).toEqual([0, 0]);
    expect(warnings).toEqual([
      'added 1 node that edges use but the file does not declare',
      "unknown node kinds 'wizard' read as person (known: person, opinion-leader, brand, bot)",
    ]);
  });

  it('keeps the declared direction of a file without edges', () => {
    const empty = { ...network, src: new Int32Array(0), dst: new Int32Array(0), weight: null };
    expect(parseGexf(writeGexf(empty)).network.directed).toBe(true);
    expect(parseGraphml(writeGraphml(empty)).network.directed).toBe(true);
    expect(parseGexf(writeGexf({ ...empty, directed: false })).network.directed).toBe(false);
  });

  it('refuses entity definitions instead of expanding them ("billion laughs")', () => {
    const bomb =
      '<?xml version="1.0"?><!DOCTYPE gexf [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><gexf><graph>&b;</graph></gexf>';
    expect(formatError(() => parseGexf(bomb)).problems[0].message).toMatch(
      /^not well-formed XML: entity not found/,
    );
  });

  it('needs a <graph> element', () => {
    expect(formatError(() => parseGexf(gexf(''))).problems[0].message).toBe(
      'the file has no <graph> element',
    );
  });
});
