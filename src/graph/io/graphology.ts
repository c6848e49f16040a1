import Graph from 'graphology';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { type Network, NODE_KINDS, nodeLabel } from '../network.ts';
import { type GraphParseResult, quote } from './errors.ts';
import { type ImportedEdge, type ImportedNode, importNetwork } from './import-rules.ts';

const WHAT = 'The graph';

/**
 * The graphology view of a network, for analysis (communities, keyed by index). Node keys are
 * the labels (or indices), so a label naming a field of every object ("toString") is refused:
 * graphology would mistake it for a neighbour it already has; node attributes `kind` (a NODE_KINDS name) and, when communities are
 * known, `community` (a number, -1 = unknown); edge attribute `weight` when ties are weighted.
 * The graph is simple (graphology's metrics expect that): duplicate edges merge, keeping the
 * strongest tie.
 */
export function toGraphology(network: Network): Graph {
  const graph = new Graph({
    type: network.directed ? 'directed' : 'undirected',
    multi: false,
    allowSelfLoops: true,
  });
  const keys = Array.from({ length: network.n }, (_, i) => nodeLabel(network, i));
  keys.forEach((key, i) => {
    if (graph.hasNode(key))
      throw new Error(`two nodes share the label ${quote(key)}; labels must be unique`);
    if (key in Object.prototype)
      throw new Error(
        `the label ${quote(key)} cannot be a graphology key (it names a field of every object); use the network without labels`,
      );
    const attributes: Attributes = { kind: NODE_KINDS[network.kind[i]] };
    if (network.community) attributes.community = network.community[i];
    graph.addNode(key, attributes);
  });
  const { src, dst, weight } = network;
  for (let e = 0; e < src.length; e++) {
    if (!weight) graph.mergeEdge(keys[src[e]], keys[dst[e]]);
    else
      graph.updateEdge(keys[src[e]], keys[dst[e]], (a) => ({
        weight: Math.max(a.weight ?? 0, weight[e]),
      }));
  }
  return graph;
}

/** fromGraphology with its warnings dropped; see importGraphology. */
export function fromGraphology(graph: AbstractGraph): Network {
  return importGraphology(graph).network;
}

/**
 * A Network from any graphology graph, the inverse of toGraphology: node keys become labels
 * (null when they are exactly "0".."n-1" in order), node attributes `kind` and `community` and
 * edge attribute `weight` are read with importNetwork's rules, and a graph with any directed
 * edge is read as directed. For trusted graphs built in code: files are read by Ripple's own
 * readers (xml-graph.ts), never by graphology's parsers.
 */
export function importGraphology(graph: AbstractGraph): GraphParseResult {
  const directed = graph.type === 'directed' || graph.directedSize > 0;
  const index = new Map<string, number>();
  const nodes: ImportedNode[] = [];
  graph.forEachNode((key, a) => {
    index.set(key, nodes.length);
    nodes.push({ label: key, kind: a.kind, community: a.community });
  });
  const edges: ImportedEdge[] = [];
  graph.forEachEdge((_, a, s, t, _sa, _ta, undirected) => {
    edges.push({
      source: index.get(s)!,
      target: index.get(t)!,
      undirected,
      weight: a.weight,
      line: 0,
    });
  });
  return importNetwork(WHAT, nodes, edges, directed);
}
