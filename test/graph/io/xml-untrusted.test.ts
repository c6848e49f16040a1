import { describe, expect, it } from 'vitest';
import { detectCommunities } from '../../../src/graph/communities/index.ts';
import {
  GraphFormatError,
  parseEdgeList,
  parseGexf,
  parseGraphml,
  writeGexf,
  writeGraphml,
} from '../../../src/graph/io/index.ts';
import { createRng } from '../../../src/random/rng.ts';

function problemsOf(parse: () => unknown) {
  try {
    parse();
  } catch (error) {
    if (error instanceof GraphFormatError) return error.problems;
    throw error;
  }
  throw new Error('expected a GraphFormatError');
}

const gexf = (body: string, type = 'undirected') =>
  `<?xml version="1.0"?>\n<gexf version="1.2">\n<graph defaultedgetype="${type}">\n${body}\n</graph>\n</gexf>`;
const graphml = (body: string, keys = '', direction = 'undirected') =>
  `<?xml version="1.0"?>\n<graphml>${keys}\n<graph edgedefault="${direction}">\n${body}\n</graph>\n</graphml>`;
const RESERVED = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

describe('GEXF and GraphML files from anyone', () => {
  it.each(RESERVED)('read a node named %s like any other, declared or not', (name) => {
    const nodes = `<nodes><node id="a"/><node id="${name}"/></nodes>`;
    const edges = `<edges><edge source="a" target="${name}"/><edge source="${name}" target="ghost"/></edges>`;
    const fromGexf = parseGexf(gexf(nodes + edges)).network;
    expect(fromGexf.labels).toEqual(['a', name, 'ghost']);
    expect([...fromGexf.src, ...fromGexf.dst]).toEqual([0, 1, 1, 2]);
    const fromGraphml = parseGraphml(
      graphml(`<node id="${name}"/><edge source="a" target="${name}"/>`, '', 'directed'),
    ).network;
    expect(fromGraphml.labels).toEqual([name, 'a']);
    expect([...fromGraphml.src, ...fromGraphml.dst]).toEqual([1, 0]);
  });

  it('write and read back nodes named like JavaScript’s own fields, every edge kept', () => {
    const network = parseEdgeList('a toString\ntoString __proto__\nconstructor a\n', {
      directed: false,
    }).network;
    for (const [write, parse] of [
      [writeGexf, parseGexf],
      [writeGraphml, parseGraphml],
    ] as const) {
      expect(parse(write(network)).network).toEqual(network);
    }
  });

  it('find the same communities whatever the nodes are called', () => {
    // Two triangles joined by one edge; graphology keyed by "toString" lost edges.
    const text =
      'a b\nb toString\ntoString a\ntoString __proto__\n__proto__ x\nx constructor\nconstructor __proto__\n';
    const named = parseEdgeList(text, { directed: false }).network;
    const communities = (labels: readonly string[] | null) =>
      Array.from(detectCommunities({ ...named, labels }, createRng(1, 'c')));
    expect(communities(named.labels)).toEqual(communities(null));
    expect(communities(null)).toEqual([0, 0, 0, 1, 1, 1]);
  });

  it('never write into Object.prototype, whatever a <key> says', () => {
    const forAll = '<key id="d0" for="all" attr.name="kind"/>';
    const keys = `<key id="polluted" for="__proto__" attr.name="x"/>${forAll}`;
    const node = '<node id="a"><data key="d0">bot</data></node>';
    expect(problemsOf(() => parseGraphml(graphml(node, keys)))).toEqual([
      {
        line: 2,
        message: `<key> for must be one of 'graph', 'node', 'edge', 'hyperedge', 'port', 'endpoint', 'all', 'graphml', found '__proto__'`,
      },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect([...parseGraphml(graphml(node, forAll)).network.kind]).toEqual([3]);
  });

  it('read text in CDATA, comments and a byte-order mark as XML means them', () => {
    const text = gexf(
      '<nodes><!-- people --><node id="a"/><node id="b"/></nodes><edges><edge source="a" target="b"/></edges>',
    ).replace('<graph', '<meta><![CDATA[made by hand]]><!-- note --></meta>\n<graph');
    expect(parseGexf(`\ufeff${text}`).network.labels).toEqual(['a', 'b']);
    const kinds = parseGraphml(
      graphml(
        '<node id="a"><data key="k"><![CDATA[bot]]></data></node>',
        '<key id="k" for="node" attr.name="kind"/>',
      ),
    );
    expect([...kinds.network.kind]).toEqual([3]);
    expect(parseGraphml(`\ufeff${graphml('<node id="a"/>')}`).network.n).toBe(1);
  });

  it('locate content before the root element, for which the XML parser gives no line (found by the fuzz test)', () => {
    const twice = problemsOf(() => parseGraphml(`\ufeff\ufeff${graphml('<node id="a"/>')}`));
    expect(twice).toHaveLength(1);
    expect(twice[0].line).toBe(1);
  });

  it('locate duplicate ids, missing ids and ends, and unknown directions, saying what is expected', () => {
    const text = gexf(
      [
        '<nodes><node id="a"/>',
        '<node id="a"/><node/></nodes>',
        '<edges><edge id="e" source="a" target="b"/>',
        '<edge id="e" source="b" target="a" type="sideways"/>',
        '<edge source="a"/></edges>',
      ].join('\n'),
      'upwards',
    );
    expect(problemsOf(() => parseGexf(text))).toEqual([
      {
        line: 3,
        message:
          "<graph> defaultedgetype must be one of 'directed', 'undirected', 'mutual', found 'upwards'",
      },
      {
        line: 7,
        message: "<edge> type must be one of 'directed', 'undirected', 'mutual', found 'sideways'",
      },
      { line: 5, message: "node id 'a' is declared twice (also on line 4)" },
      { line: 5, message: 'a <node> needs an id attribute' },
      { line: 7, message: "edge id 'e' is used twice (also on line 6)" },
      { line: 8, message: 'an <edge> needs both a source and a target attribute' },
    ]);
    const direction = problemsOf(() =>
      parseGraphml(
        graphml(
          '<node id="a"/><node id="b"/>\n<edge source="a" target="b" directed="yes"/>',
          '',
          'both',
        ),
      ),
    );
    expect(direction).toEqual([
      {
        line: 3,
        message: "<graph> edgedefault must be one of 'directed', 'undirected', found 'both'",
      },
      { line: 5, message: "<edge> directed must be one of 'true', 'false', found 'yes'" },
    ]);
  });

  it('read mutual GEXF edges and GraphML edges marked directed="false" as two-way ties', () => {
    const mutual = parseGexf(
      gexf(
        '<nodes><node id="a"/><node id="b"/></nodes><edges><edge source="a" target="b" type="mutual"/></edges>',
        'directed',
      ),
    );
    expect(mutual.network.directed).toBe(false);
    const mixed = parseGraphml(
      graphml(
        '<node id="a"/><node id="b"/><node id="c"/><edge source="a" target="b"/><edge source="b" target="c" directed="false"/>',
        '',
        'directed',
      ),
    );
    expect(mixed.network.directed).toBe(true);
    expect([...mixed.network.src]).toEqual([0, 1, 2]);
    expect(mixed.warnings[0]).toContain('mixes directed and undirected edges');
  });
});
