import { readdirSync, readFileSync } from 'node:fs';
import { createRng, type Rng } from '../../../src/random/rng.ts';

/** A seeded mutator: the same seed gives the same inputs on every machine, so a failure replays. */
export function mutator(seed: string) {
  const rng: Rng = createRng(seed, 'fuzz');
  const int = (n: number) => Math.floor(rng() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)];
  return { rng, int, pick };
}
export type Mutator = ReturnType<typeof mutator>;

/** The example scenarios: realistic starting points for every section of the format. */
export const EXAMPLES: readonly string[] = readdirSync('scenarios')
  .filter((name) => name.endsWith('.json') && name !== 'scenario.schema.json')
  .map((name) => readFileSync(`scenarios/${name}`, 'utf8'));

/** Values a hostile or careless file holds where a setting should be. */
const HOSTILE_VALUES: readonly unknown[] = [
  0,
  -1,
  1,
  2,
  0.5,
  1.5,
  1e308,
  -1e308,
  5e-324,
  2_000_001,
  1e9,
  3.7,
  2 ** 53,
  null,
  true,
  '',
  'x',
  '0.3',
  '\u0000',
  '\u202e',
  '\ud800',
  '__proto__',
  'a'.repeat(5000),
  [],
  [1, 2],
  [[]],
  {},
  JSON.parse('{"__proto__": {"polluted": 1}}'),
  { constructor: { prototype: 1 } },
  'file',
  'edges.txt',
  '../../../../etc/passwd',
  '/dev/zero',
  'graph.beta',
  'content.power',
  'seeding.count',
];

/** Keys that name JavaScript internals, parts of the format, or nothing. */
const HOSTILE_KEYS: readonly string[] = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'nodes',
  'path',
  'sweep',
  'compare',
  'values',
  'x',
  'y',
  'parameter',
  'count',
  'strategy',
  'model',
  'power',
  'unknown',
];

type Json = Record<string, unknown> | unknown[];

/** A deep copy through JSON, which keeps an own "__proto__" key as a key. */
const copy = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** Every object or array inside `value`, with the key that leads into it. */
function containers(value: unknown, out: Json[] = []): Json[] {
  if (typeof value !== 'object' || value === null) return out;
  out.push(value as Json);
  for (const child of Object.values(value)) containers(child, out);
  return out;
}

/** One change to the parsed JSON: a value replaced, a key removed or added, a graph file named. */
function mutateJson(m: Mutator, doc: Record<string, unknown>, graphFiles: readonly string[]) {
  const target = m.pick(containers(doc)) as Record<string, unknown>;
  const keys = Object.keys(target);
  switch (m.int(5)) {
    case 0:
    case 1:
      if (keys.length > 0) target[m.pick(keys)] = copy(m.pick(HOSTILE_VALUES));
      break;
    case 2:
      if (keys.length > 0) delete target[m.pick(keys)];
      break;
    case 3:
      Object.defineProperty(target, m.pick(HOSTILE_KEYS), {
        value: copy(m.pick(HOSTILE_VALUES)),
        enumerable: true,
        configurable: true,
        writable: true,
      });
      break;
    default:
      doc.graph = {
        generator: 'file',
        path: m.pick(graphFiles),
        nodes: m.pick([undefined, 3, 50]),
      };
  }
}

/** Small damage to the text itself: what a bad copy, an editor or a hostile hand leaves. */
function mutateText(m: Mutator, text: string, pieces: readonly string[]): string {
  const at = m.int(text.length + 1);
  switch (m.int(5)) {
    case 0:
      return text.slice(0, at) + m.pick(pieces) + text.slice(at);
    case 1:
      return text.slice(0, at) + text.slice(at + 1 + m.int(20));
    case 2:
      return text.slice(0, at);
    case 3: {
      const from = m.int(text.length);
      return text.slice(0, at) + text.slice(from, from + m.int(60)) + text.slice(at);
    }
    default:
      return `\ufeff${text}`;
  }
}

const JSON_PIECES = [
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  '"',
  '\\',
  '\\u',
  '1e999',
  '-',
  '"a":1,',
  '\u0001',
];

/** A scenario file: an example, its JSON changed one to three times, sometimes its text too. */
export function mutatedScenario(m: Mutator, graphFiles: readonly string[]): string {
  const doc = JSON.parse(m.pick(EXAMPLES));
  for (let i = 1 + m.int(3); i > 0; i--) mutateJson(m, doc, graphFiles);
  let text = JSON.stringify(doc, null, m.int(2) === 0 ? 2 : undefined);
  if (m.int(3) === 0) text = mutateText(m, text, JSON_PIECES);
  return text;
}

const EDGE_LIST = '# a small network\na b\nb c 0.5\nc a\nc d 2\nd\n0 1\n1 2\n';
const GEXF = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <meta><creator>someone</creator></meta>
  <graph defaultedgetype="undirected">
    <nodes><node id="a" label="A"/><node id="b" label="B"/><node id="c"/></nodes>
    <edges><edge id="0" source="a" target="b" weight="0.5"/><edge id="1" source="b" target="c"/></edges>
  </graph>
</gexf>
`;
const GRAPHML = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="w" for="edge" attr.name="weight" attr.type="double"/>
  <graph id="G" edgedefault="directed">
    <node id="a"/><node id="b"/><node id="c"/>
    <edge source="a" target="b"><data key="w">0.7</data></edge>
    <edge source="b" target="c"/>
  </graph>
</graphml>
`;

const GRAPH_PIECES = [
  '__proto__',
  'constructor',
  'toString',
  '<',
  '>',
  '/>',
  '"',
  '&amp;',
  '&x;',
  '<!ENTITY e "x">',
  '<![CDATA[x]]>',
  ']]>',
  '\u0000',
  '\ufeff',
  '-1',
  'NaN',
  '1e999',
  '\n',
  ' ',
  '#',
  '\t',
  '<node id="a"/>',
  '<edge source="a" target="__proto__"/>',
  '<edge source="a"/>',
  'edgedefault="sideways"',
  'defaultedgetype="mutual"',
  'weight="x"',
  '<data key="w">-3</data>',
  '<!DOCTYPE g [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
  '&x;',
  'a b c d',
  '9999999 0',
];

/** A graph file of each format, damaged one to four times. */
export function mutatedGraph(m: Mutator): { name: string; text: string } {
  const [ext, base] = m.pick([
    ['txt', EDGE_LIST],
    ['gexf', GEXF],
    ['graphml', GRAPHML],
  ] as const);
  let text: string = base;
  for (let i = 1 + m.int(4); i > 0; i--) text = mutateText(m, text, GRAPH_PIECES);
  return { name: `g${m.int(1_000_000)}.${ext}`, text };
}
