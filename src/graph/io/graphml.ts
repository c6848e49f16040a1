import createGraphmlParser from 'graphology-graphml/common/parser.js';
import { KIND, type Network, NODE_KINDS, nodeLabel } from '../network.ts';
import type { GraphParseResult } from './errors.ts';
import { readXmlGraph } from './xml-document.ts';
import { checkXmlLabels, escapeXml } from './xml-safe.ts';

/**
 * Reads GraphML with graphology-graphml, then importGraphology's rules: node ids become
 * labels; data keys named `kind`, `community` and `weight` are read.
 */
export function parseGraphml(text: string): GraphParseResult {
  return readXmlGraph(text, {
    what: 'The GraphML file',
    root: 'graphml',
    factory: createGraphmlParser,
    directionAttribute: 'edgedefault',
  });
}

/**
 * Writes GraphML by hand (graphology-graphml has no writer): node id = label (escaped: labels
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
