import type { Element } from '@xmldom/xmldom';
import { type GraphParseResult, type ProblemList, plural, quote } from './errors.ts';
import { type ImportedEdge, type ImportedNode, importNetwork } from './import-rules.ts';

/** A <node> as a GEXF or GraphML file declares it: its id and the values Ripple reads. */
export interface XmlNode {
  readonly id: string | null;
  readonly line: number;
  readonly kind?: string;
  readonly community?: string;
}

/** An <edge> as the file declares it, with its direction already decided. */
export interface XmlEdge {
  readonly id: string | null;
  readonly source: string | null;
  readonly target: string | null;
  readonly directed: boolean;
  readonly weight?: string;
  readonly line: number;
}

/** What a GEXF or GraphML reader takes from a file, before Ripple's import rules. */
export interface XmlGraph {
  /** The direction the <graph> declares, which an edgeless file keeps. */
  readonly declaredDirected: boolean;
  readonly nodes: readonly XmlNode[];
  readonly edges: readonly XmlEdge[];
}

/** The 1-based line of an element (xmldom records it), 0 when unknown. */
export function lineOf(element: Element): number {
  return element.lineNumber ?? 0;
}

/** An attribute that must be one of `allowed` when given; null when absent. */
export function choiceAttribute(
  element: Element,
  name: string,
  allowed: readonly string[],
  problems: ProblemList,
): string | null {
  const value = element.getAttribute(name);
  if (value !== null && !allowed.includes(value)) {
    const choices = allowed.map((a) => `'${a}'`).join(', ');
    problems.add(
      lineOf(element),
      `<${element.tagName}> ${name} must be one of ${choices}, found ${quote(value)}`,
    );
  }
  return value;
}

/** The element children of `element` named `name`, in order (not deeper descendants). */
export function childrenNamed(element: Element, name: string): Element[] {
  const out: Element[] = [];
  for (let child = element.firstChild; child; child = child.nextSibling)
    if (child.nodeType === 1 && (child as Element).tagName === name) out.push(child as Element);
  return out;
}

/**
 * A Network from what an XML reader took from the file. Ids are only ever keys of a Map, so
 * no id ("__proto__", "constructor", "toString") can reach into JavaScript's objects. Every
 * node needs an id, used once; every edge needs both ends; edge ids, when given, are unique.
 * Edges naming nodes the file never declares add those nodes, with a warning. The network is
 * directed when any edge is (or, without edges, when the file says so). Problems carry the
 * line of the element at fault.
 */
export function importXmlGraph(
  what: string,
  graph: XmlGraph,
  problems: ProblemList,
): GraphParseResult {
  const index = new Map<string, number>();
  const nodes: ImportedNode[] = [];
  const firstLine = new Map<string, number>();
  for (const node of graph.nodes) {
    if (node.id === null) {
      problems.add(node.line, 'a <node> needs an id attribute');
      continue;
    }
    const twin = firstLine.get(node.id);
    if (twin !== undefined) {
      problems.add(node.line, `node id ${quote(node.id)} is declared twice (also on line ${twin})`);
      continue;
    }
    firstLine.set(node.id, node.line);
    index.set(node.id, nodes.length);
    nodes.push({ label: node.id, kind: node.kind, community: node.community });
  }
  const declared = nodes.length;
  const nodeAt = (id: string): number => {
    let i = index.get(id);
    if (i === undefined) {
      i = nodes.length;
      index.set(id, i);
      nodes.push({ label: id });
    }
    return i;
  };
  const edgeLine = new Map<string, number>();
  const edges: ImportedEdge[] = [];
  for (const edge of graph.edges) {
    if (edge.id !== null) {
      const twin = edgeLine.get(edge.id);
      if (twin !== undefined)
        problems.add(edge.line, `edge id ${quote(edge.id)} is used twice (also on line ${twin})`);
      else edgeLine.set(edge.id, edge.line);
    }
    if (edge.source === null || edge.target === null) {
      problems.add(edge.line, 'an <edge> needs both a source and a target attribute');
      continue;
    }
    const weight = edge.weight?.trim() ? Number(edge.weight) : undefined;
    edges.push({
      source: nodeAt(edge.source),
      target: nodeAt(edge.target),
      undirected: !edge.directed,
      weight: Number.isNaN(weight) ? edge.weight : weight,
      line: edge.line,
    });
  }
  problems.throwIfAny(what);
  const directed =
    edges.length === 0 ? graph.declaredDirected : graph.edges.some((edge) => edge.directed);
  const result = importNetwork(what, nodes, edges, directed);
  if (nodes.length > declared)
    result.warnings.unshift(
      `added ${plural(nodes.length - declared, 'node')} that edges use but the file does not declare`,
    );
  return result;
}
