import { KIND, NODE_KINDS, type NodeKind } from '../network.ts';
import { assembleNetwork } from './assemble.ts';
import { type GraphParseResult, ProblemList, plural, quote } from './errors.ts';
import { MAX_EDGES, tooManyEdges } from './limits.ts';

/** A node as another format gives it: its label and, when given, its kind and community. */
export interface ImportedNode {
  readonly label: string;
  readonly kind?: unknown;
  readonly community?: unknown;
}

/** An edge between nodes (by index), as another format gives it. */
export interface ImportedEdge {
  readonly source: number;
  readonly target: number;
  readonly undirected: boolean;
  /** A number, or the text found when it is not one; undefined means 1. */
  readonly weight?: unknown;
  /** Where the edge is in the file (1-based), 0 when not from a file. */
  readonly line: number;
}

/**
 * The rules every import from a richer format shares (GEXF, GraphML, any graphology graph):
 * a missing or unknown `kind` is read as a person and a community that is not a whole number
 * ≥ -1 as unknown (-1), with warnings; a weight outside (0, 1] is an error, located. A directed
 * network with undirected edges (a mixed graph) turns each into two arcs (both people see each
 * other's posts), with a warning. Multi-edges and self-loops follow assembleNetwork's rules.
 */
export function importNetwork(
  what: string,
  nodes: readonly ImportedNode[],
  edges: readonly ImportedEdge[],
  directed: boolean,
): GraphParseResult {
  const undirectedEdges = directed ? edges.filter((e) => e.undirected).length : 0;
  const arcs = edges.length + undirectedEdges;
  if (arcs > MAX_EDGES) throw tooManyEdges(what);
  const { kind, community, warnings } = readNodeAttributes(nodes);
  const src = new Int32Array(arcs);
  const dst = new Int32Array(arcs);
  const weight = new Float64Array(arcs);
  const problems = new ProblemList();
  let a = 0;
  for (const edge of edges) {
    const w = edge.weight === undefined ? 1 : Number(edge.weight);
    if (!(w > 0 && w <= 1)) {
      const ends = `${quote(nodes[edge.source].label)} -> ${quote(nodes[edge.target].label)}`;
      problems.add(
        edge.line,
        `edge ${ends}: weight must be a number in (0, 1], found ${quote(String(edge.weight))}`,
      );
    }
    src[a] = edge.source;
    dst[a] = edge.target;
    weight[a++] = w;
    if (directed && edge.undirected) {
      src[a] = edge.target;
      dst[a] = edge.source;
      weight[a++] = w;
    }
  }
  problems.throwIfAny(what);
  if (undirectedEdges > 0) {
    warnings.push(
      `the graph mixes directed and undirected edges: read as directed, each of the ${plural(undirectedEdges, 'undirected edge')} as two arcs`,
    );
  }
  const labels = nodes.map((node) => node.label);
  const result = assembleNetwork({ directed, src, dst, weight, kind, community, labels });
  return { network: result.network, warnings: [...warnings, ...result.warnings] };
}

/** Node kinds and communities, read leniently (other tools use these names too), with warnings. */
function readNodeAttributes(nodes: readonly ImportedNode[]): {
  kind: Uint8Array;
  community: Int32Array | null;
  warnings: string[];
} {
  const kind = new Uint8Array(nodes.length).fill(KIND.person);
  const community = nodes.some((node) => node.community !== undefined)
    ? new Int32Array(nodes.length).fill(-1)
    : null;
  const unknownKinds = new Set<string>();
  let badCommunities = 0;
  nodes.forEach((node, i) => {
    const name = String(node.kind ?? 'person');
    if (Object.hasOwn(KIND, name)) kind[i] = KIND[name as NodeKind];
    else unknownKinds.add(name);
    if (community && node.community !== undefined) {
      const c = Number(node.community);
      if (Number.isInteger(c) && c >= -1 && c <= 0x7fffffff) community[i] = c;
      else badCommunities++;
    }
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
