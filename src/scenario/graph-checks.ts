import type { z } from 'zod';
import { formatCount } from '../format/index.ts';
import { detectGraphFormat, type GraphFormat } from '../graph/index.ts';
import { addProblem } from './fields.ts';
import type { GraphSpec } from './graph-schema.ts';
import { effectiveMaxDegree, graphSize, pairCount } from './graph-size.ts';
import { LIMITS } from './limits.ts';

type Found = [path: PropertyKey[], expected: string, message: string, found?: string];

/** Checks across the fields of a graph spec whose fields are each valid. */
export function checkGraph(g: GraphSpec, ctx: z.RefinementCtx): void {
  const problems = generatorProblems(g);
  // Sizes are meaningful only for a consistent spec.
  if (problems.length === 0) problems.push(...sizeProblems(g));
  for (const problem of problems) addProblem(ctx, ...problem);
}

function generatorProblems(g: GraphSpec): Found[] {
  const out: Found[] = [];
  const atMost = (key: string, value: number, limit: number, what: string) => {
    if (value > limit) {
      out.push([
        [key],
        `at most ${formatCount(limit)} (${what})`,
        `${key} must be at most ${what}, here ${formatCount(limit)}.`,
      ]);
    }
  };
  switch (g.generator) {
    case 'erdos-renyi': {
      const given = (['meanDegree', 'p', 'edges'] as const).filter((key) => g[key] !== undefined);
      if (given.length !== 1) {
        out.push([
          [],
          'exactly one of meanDegree, p or edges',
          given.length === 0
            ? 'Say how dense the graph is: add "meanDegree" (for example 4), "p" or "edges".'
            : `Give only one of meanDegree, p and edges; this graph gives ${given.join(' and ')}.`,
          given.length === 0 ? 'none of them' : given.join(', '),
        ]);
      }
      if (g.meanDegree !== undefined) atMost('meanDegree', g.meanDegree, g.nodes - 1, 'nodes − 1');
      if (g.edges !== undefined)
        atMost('edges', g.edges, pairCount(g.nodes, g.directed), 'the number of node pairs');
      break;
    }
    case 'barabasi-albert':
      atMost('m', g.m, g.nodes - 1, 'nodes − 1');
      break;
    case 'watts-strogatz':
      if (g.k % 2 !== 0) {
        out.push([
          ['k'],
          'an even whole number',
          'k must be even: each node links to k/2 neighbours on each side of the ring.',
        ]);
      }
      atMost('k', g.k, g.nodes - 1, 'nodes − 1');
      break;
    case 'stochastic-block':
      atMost('communities', g.communities, g.nodes, 'the number of nodes');
      break;
    case 'configuration-model': {
      atMost('minDegree', g.minDegree, g.nodes - 1, 'nodes − 1');
      if (g.maxDegree !== undefined) atMost('maxDegree', g.maxDegree, g.nodes - 1, 'nodes − 1');
      const max = effectiveMaxDegree(g.nodes, g.minDegree, g.maxDegree);
      if (max < g.minDegree)
        out.push([
          ['maxDegree'],
          `at least minDegree (${g.minDegree})`,
          'maxDegree must be at least minDegree.',
        ]);
      if (max === g.minDegree && (g.nodes * max) % 2 === 1) {
        const message =
          'With every degree equal, nodes × degree must be even (edges join stubs two by two); change nodes or the degree.';
        out.push([[], 'an even total degree', message, `${g.nodes} × ${max}`]);
      }
      break;
    }
    case 'caveman':
      if (g.connected && g.cliques < 2) {
        out.push([
          ['cliques'],
          'at least 2 for a connected caveman graph',
          'A connected caveman graph needs at least 2 caves to join in a ring.',
        ]);
      }
      break;
    case 'file':
      out.push(...fileProblems(g.path, g.format, g.nodes));
      break;
  }
  return out;
}

// Relative paths keep a shared scenario working on another computer, and keep a file from
// someone else from pointing Ripple at arbitrary files on this one.
const NOT_RELATIVE = /^(?:[\\/~]|[A-Za-z]:|[A-Za-z][A-Za-z0-9+.-]*:\/\/)/;

function fileProblems(
  path: string,
  format: GraphFormat | undefined,
  nodes: number | undefined,
): Found[] {
  const out: Found[] = [];
  if (NOT_RELATIVE.test(path)) {
    const message =
      'Give the graph file as a path relative to the scenario file, such as "graphs/friends.txt", not an absolute path or address.';
    out.push([['path'], 'a path relative to the scenario file', message]);
  }
  let read = format;
  if (read === undefined) {
    try {
      read = detectGraphFormat(path);
    } catch (error) {
      out.push([
        ['path'],
        'a file name with a known extension, or a "format"',
        `Ripple ${(error as Error).message}, or add "format".`,
      ]);
    }
  }
  if (nodes !== undefined && read !== undefined && read !== 'edgelist') {
    const message = `"nodes" applies to edge lists only: a ${read === 'gexf' ? 'GEXF' : 'GraphML'} file lists its nodes itself; remove "nodes".`;
    out.push([['nodes'], 'no "nodes" for a GEXF or GraphML file', message]);
  }
  return out;
}

function sizeProblems(g: GraphSpec): Found[] {
  const out: Found[] = [];
  const size = graphSize(g);
  if (size === null) return out;
  const nodes = formatCount(size.nodes);
  const edges = formatCount(size.edges);
  if (size.nodes > LIMITS.nodes) {
    const message = `This graph would have ${nodes} nodes; Ripple builds at most ${formatCount(LIMITS.nodes)}.`;
    out.push([[], `at most ${formatCount(LIMITS.nodes)} nodes`, message, `${nodes} nodes`]);
  }
  if (size.edges > LIMITS.edges) {
    const message = `This graph would have about ${edges} edges; Ripple builds at most ${formatCount(LIMITS.edges)}. Use fewer nodes or a lower degree.`;
    out.push([[], `at most ${formatCount(LIMITS.edges)} edges`, message, `about ${edges} edges`]);
  }
  const { population } = g;
  if (population && population.opinionLeaders + population.brands > size.nodes) {
    const message = 'There are more opinion leaders and brands than nodes in the graph.';
    out.push([['population'], `at most ${nodes} opinion leaders and brands together`, message]);
  }
  return out;
}
