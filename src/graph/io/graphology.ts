import Graph from 'graphology';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { KIND, type Network, NODE_KINDS, type NodeKind, nodeLabel } from '../network.ts';
import { assembleNetwork } from './assemble.ts';
import { type GraphParseResult, ProblemList, plural, quote } from './errors.ts';
import { MAX_EDGES, tooManyEdges } from './limits.ts';

const WHAT = 'The graph';

/**
 * The graphology view of a network, for analysis and GEXF/GraphML export. Node keys are the
 * labels (or indices); node attributes `kind` (a NODE_KINDS name) and, when communities are
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
 * A Network from any graphology graph, the inverse of toGraphology. Node keys become labels
 * (null when they are exactly "0".."n-1" in order). A missing or unknown `kind` is read as a
 * person and a community that is not a whole number ≥ -1 as unknown (-1), with warnings; a
 * weight outside (0, 1] is an error. A mixed graph becomes directed, each undirected edge
 * turned into two arcs (both people see each other's posts), with a warning. Multi-edges and
 * self-loops follow assembleNetwork's rules.
 */
export function importGraphology(graph: AbstractGraph): GraphParseResult {
  const directed = graph.type === 'directed' || graph.directedSize > 0;
  const arcs = directed ? graph.directedSize + 2 * graph.undirectedSize : graph.size;
  if (arcs > MAX_EDGES) throw tooManyEdges(WHAT);
  const labels = graph.nodes();
  const index = new Map<string, number>();
  for (const [i, key] of labels.entries()) index.set(key, i);
  const { kind, community, warnings } = readNodeAttributes(graph);

  const src = new Int32Array(arcs);
  const dst = new Int32Array(arcs);
  const weight = new Float64Array(arcs);
  const problems = new ProblemList();
  let e = 0;
  graph.forEachEdge((_, a, s, t, _sa, _ta, undirected) => {
    const w = a.weight === undefined ? 1 : Number(a.weight);
    if (!(w > 0 && w <= 1))
      problems.add(
        0,
        `edge ${quote(s)} -> ${quote(t)}: weight must be a number in (0, 1], found ${quote(String(a.weight))}`,
      );
    const [u, v] = [index.get(s)!, index.get(t)!];
    src[e] = u;
    dst[e] = v;
    weight[e++] = w;
    if (directed && undirected) {
      src[e] = v;
      dst[e] = u;
      weight[e++] = w;
    }
  });
  problems.throwIfAny(WHAT);
  if (directed && graph.undirectedSize > 0) {
    warnings.push(
      `the graph mixes directed and undirected edges: read as directed, each of the ${plural(graph.undirectedSize, 'undirected edge')} as two arcs`,
    );
  }
  const result = assembleNetwork({ directed, src, dst, weight, kind, community, labels });
  return { network: result.network, warnings: [...warnings, ...result.warnings] };
}

/** Node kinds and communities, read leniently (external files use these names too), with warnings. */
function readNodeAttributes(graph: AbstractGraph): {
  kind: Uint8Array;
  community: Int32Array | null;
  warnings: string[];
} {
  const kind = new Uint8Array(graph.order).fill(KIND.person);
  const community = graph.someNode((_, a) => a.community !== undefined)
    ? new Int32Array(graph.order).fill(-1)
    : null;
  const unknownKinds = new Set<string>();
  let badCommunities = 0;
  let i = 0;
  graph.forEachNode((_, a) => {
    const name = String(a.kind ?? 'person');
    if (Object.hasOwn(KIND, name)) kind[i] = KIND[name as NodeKind];
    else unknownKinds.add(name);
    if (community && a.community !== undefined) {
      const c = Number(a.community);
      if (Number.isInteger(c) && c >= -1 && c <= 0x7fffffff) community[i] = c;
      else badCommunities++;
    }
    i++;
  });
  const warnings: string[] = [];
  if (unknownKinds.size > 0) {
    const names = [...unknownKinds].slice(0, 5).map((k) => quote(k));
    warnings.push(
      `unknown node kinds ${names.join(', ')} read as person (known: ${NODE_KINDS.join(', ')})`,
    );
  }
  if (badCommunities > 0)
    warnings.push(
      `${plural(badCommunities, 'community value')} not a whole number ≥ -1, read as unknown (-1)`,
    );
  return { kind, community, warnings };
}
