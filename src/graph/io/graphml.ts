import type { Document, Element } from '@xmldom/xmldom';
import { KIND, type Network, NODE_KINDS, nodeLabel } from '../network.ts';
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

const WHAT = 'The GraphML file';
/** What a <key> may be for (GraphML 1.0); Ripple reads node and edge values. */
const KEY_DOMAINS = ['graph', 'node', 'edge', 'hyperedge', 'port', 'endpoint', 'all', 'graphml'];

/**
 * Reads GraphML: node ids become labels; data whose key is named (attr.name) `kind` or
 * `community` on nodes and `weight` on edges is read, with the keys' defaults. An edge's
 * `directed` attribute overrides the graph's edgedefault. Every problem carries its line.
 */
export function parseGraphml(text: string): GraphParseResult {
  const doc = parseXmlDocument(text, WHAT, 'graphml');
  const problems = new ProblemList();
  return importXmlGraph(WHAT, readGraphml(doc, problems), problems);
}

function readGraphml(doc: Document, problems: ProblemList): XmlGraph {
  const graph = doc.getElementsByTagName('graph')[0];
  const defaultDirection = choiceAttribute(
    graph,
    'edgedefault',
    ['directed', 'undirected'],
    problems,
  );
  const values = dataValues(doc, problems);
  const nodes = Array.from(doc.getElementsByTagName('node'), (element) => ({
    id: element.getAttribute('id'),
    line: lineOf(element),
    ...values(element, 'node'),
  }));
  const edges = Array.from(doc.getElementsByTagName('edge'), (element) => {
    const own = choiceAttribute(element, 'directed', ['true', 'false'], problems);
    return {
      id: element.getAttribute('id'),
      source: element.getAttribute('source'),
      target: element.getAttribute('target'),
      directed: own === null ? defaultDirection === 'directed' : own === 'true',
      weight: values(element, 'edge').weight,
      line: lineOf(element),
    };
  });
  return { declaredDirected: defaultDirection === 'directed', nodes, edges };
}

/** The values of an element's <data> children by key name (attr.name), over the keys' defaults. */
function dataValues(doc: Document, problems: ProblemList) {
  const names = new Map<string, string>();
  const defaults = { node: new Map<string, string>(), edge: new Map<string, string>() };
  for (const key of Array.from(doc.getElementsByTagName('key'))) {
    const id = key.getAttribute('id');
    const domain = choiceAttribute(key, 'for', KEY_DOMAINS, problems) ?? 'all';
    if (id === null) {
      problems.add(lineOf(key), 'a <key> needs an id attribute');
      continue;
    }
    const name = key.getAttribute('attr.name') || id;
    names.set(id, name);
    const fallback = childrenNamed(key, 'default')[0];
    for (const kind of ['node', 'edge'] as const)
      if (fallback && (domain === kind || domain === 'all'))
        defaults[kind].set(name, fallback.textContent ?? '');
  }
  return (element: Element, kind: 'node' | 'edge') => {
    const found = new Map(defaults[kind]);
    for (const data of childrenNamed(element, 'data')) {
      const key = data.getAttribute('key') ?? '';
      found.set(names.get(key) ?? key, data.textContent ?? '');
    }
    const read = (name: string) => found.get(name)?.trim() || undefined;
    return { kind: read('kind'), community: read('community'), weight: read('weight') };
  };
}

/**
 * Writes GraphML by hand, like GEXF (see writeGexf): node id = label (escaped: labels
 * are untrusted text), keys `kind` (default person, so only other kinds are written),
 * `community` when known and edge `weight` when some tie is not 1.
 */
export function writeGraphml(network: Network): string {
  checkXmlLabels(network, 'GraphML');
  const { src, dst, weight, community, kind } = network;
  const weighted = weight?.some((w) => w !== 1);
  const id = (i: number) => escapeXml(nodeLabel(network, i));
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    `  <key id="kind" for="node" attr.name="kind" attr.type="string"><default>${NODE_KINDS[KIND.person]}</default></key>`,
  ];
  if (community)
    out.push('  <key id="community" for="node" attr.name="community" attr.type="int"/>');
  if (weighted) out.push('  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>');
  out.push(`  <graph id="G" edgedefault="${network.directed ? 'directed' : 'undirected'}">`);
  for (let i = 0; i < network.n; i++) {
    let data = kind[i] === KIND.person ? '' : `<data key="kind">${NODE_KINDS[kind[i]]}</data>`;
    if (community) data += `<data key="community">${community[i]}</data>`;
    out.push(data ? `    <node id="${id(i)}">${data}</node>` : `    <node id="${id(i)}"/>`);
  }
  for (let e = 0; e < src.length; e++) {
    const ends = `source="${id(src[e])}" target="${id(dst[e])}"`;
    out.push(
      weighted
        ? `    <edge ${ends}><data key="weight">${weight![e]}</data></edge>`
        : `    <edge ${ends}/>`,
    );
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
