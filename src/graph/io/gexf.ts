import type { Document, Element } from '@xmldom/xmldom';
import { type Network, NODE_KINDS, nodeLabel } from '../network.ts';
import { type GraphParseResult, ProblemList } from './errors.ts';
import { parseXmlDocument } from './xml-document.ts';
import {
  childrenNamed,
  choiceAttribute,
  importXmlGraph,
  lineOf,
  type XmlGraph,
} from './xml-graph.ts';
import { checkXmlLabels, escapeXml } from './xml-safe.ts';

const WHAT = 'The GEXF file';
const EDGE_TYPES = ['directed', 'undirected', 'mutual'];

/**
 * Reads GEXF (Gephi's format): node ids become labels; attributes titled `kind` and
 * `community` on nodes and `weight` on edges (or an edge's weight attribute) are read, with
 * their declared defaults; `mutual` edges are undirected. Every problem carries its line.
 */
export function parseGexf(text: string): GraphParseResult {
  const doc = parseXmlDocument(text, WHAT, 'gexf');
  const problems = new ProblemList();
  return importXmlGraph(WHAT, readGexf(doc, problems), problems);
}

function readGexf(doc: Document, problems: ProblemList): XmlGraph {
  const graph = doc.getElementsByTagName('graph')[0];
  const defaultType = choiceAttribute(graph, 'defaultedgetype', EDGE_TYPES, problems);
  const values = attributeValues(doc);
  const nodes = Array.from(doc.getElementsByTagName('node'), (element) => {
    const own = values(element, 'node');
    return { id: element.getAttribute('id'), line: lineOf(element), ...own };
  });
  const edges = Array.from(doc.getElementsByTagName('edge'), (element) => {
    const type = choiceAttribute(element, 'type', EDGE_TYPES, problems) ?? defaultType;
    return {
      id: element.getAttribute('id'),
      source: element.getAttribute('source'),
      target: element.getAttribute('target'),
      directed: type === 'directed',
      weight: values(element, 'edge').weight ?? element.getAttribute('weight') ?? undefined,
      line: lineOf(element),
    };
  });
  return { declaredDirected: defaultType === 'directed', nodes, edges };
}

/**
 * The values of an element's <attvalues> by attribute title (`for` or, in GEXF 1.1, `id`
 * naming a declared <attribute>), over the declared defaults; only the names Ripple reads.
 */
function attributeValues(doc: Document) {
  const declared = { node: new Map<string, string>(), edge: new Map<string, string>() };
  const defaults = { node: new Map<string, string>(), edge: new Map<string, string>() };
  for (const group of Array.from(doc.getElementsByTagName('attributes'))) {
    const kind = group.getAttribute('class');
    if (kind !== 'node' && kind !== 'edge') continue;
    for (const attribute of childrenNamed(group, 'attribute')) {
      const id = attribute.getAttribute('id') ?? attribute.getAttribute('for');
      if (id === null) continue;
      const name = attribute.getAttribute('title') || id;
      declared[kind].set(id, name);
      const fallback = childrenNamed(attribute, 'default')[0];
      if (fallback) defaults[kind].set(name, fallback.textContent ?? '');
    }
  }
  return (element: Element, kind: 'node' | 'edge') => {
    const found = new Map(defaults[kind]);
    for (const list of childrenNamed(element, 'attvalues'))
      for (const value of childrenNamed(list, 'attvalue')) {
        const key = value.getAttribute('for') ?? value.getAttribute('id') ?? '';
        found.set(declared[kind].get(key) ?? key, value.getAttribute('value') ?? '');
      }
    const read = (name: string) => found.get(name)?.trim() || undefined;
    return { kind: read('kind'), community: read('community'), weight: read('weight') };
  };
}

/**
 * Writes GEXF 1.2 by hand (labels are untrusted text, escaped; a graphology graph keyed by
 * them would mistake a label such as "toString" for one of its own fields): node id = label,
 * attributes `kind` and, when known, `community`, and edge weights when some tie is not 1.
 */
export function writeGexf(network: Network): string {
  checkXmlLabels(network, 'GEXF');
  const { src, dst, weight, community, kind } = network;
  const weighted = weight?.some((w) => w !== 1);
  const id = (i: number) => escapeXml(nodeLabel(network, i));
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">',
    `  <graph defaultedgetype="${network.directed ? 'directed' : 'undirected'}">`,
    '    <attributes class="node">',
    '      <attribute id="kind" title="kind" type="string"/>',
  ];
  if (community) out.push('      <attribute id="community" title="community" type="integer"/>');
  out.push('    </attributes>', '    <nodes>');
  for (let i = 0; i < network.n; i++) {
    const values = [`<attvalue for="kind" value="${NODE_KINDS[kind[i]]}"/>`];
    if (community) values.push(`<attvalue for="community" value="${community[i]}"/>`);
    out.push(`      <node id="${id(i)}"><attvalues>${values.join('')}</attvalues></node>`);
  }
  out.push('    </nodes>', '    <edges>');
  for (let e = 0; e < src.length; e++) {
    const strength = weighted ? ` weight="${weight![e]}"` : '';
    out.push(`      <edge id="${e}" source="${id(src[e])}" target="${id(dst[e])}"${strength}/>`);
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}
