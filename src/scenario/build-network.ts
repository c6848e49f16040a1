import { formatCount } from '../format/index.ts';
import {
  assignKinds,
  assignTieStrength,
  barabasiAlbert,
  caveman,
  configurationModel,
  detectGraphFormat,
  erdosRenyi,
  GraphFormatError,
  karateClub,
  type Network,
  parseGraph,
  stochasticBlock,
  wattsStrogatz,
} from '../graph/index.ts';
import { createRng, type Seed } from '../random/rng.ts';
import type { GraphSpec } from './graph-schema.ts';
import { splitEvenly } from './graph-size.ts';
import { LIMITS } from './limits.ts';

/** Reads a graph file named in a scenario: the CLI passes one over fs, the browser its own. */
export type ReadFile = (path: string) => string;

export interface BuiltNetwork {
  readonly network: Network;
  /** Notes on what was fixed up or ignored, for the person running the scenario. */
  readonly warnings: string[];
}

/**
 * The network a scenario's graph spec describes. Each random step draws from its own
 * stream of the scenario seed ('graph', 'ties', 'population'), so changing, say, the tie
 * settings does not reshuffle the graph itself. Throws with a readable message when a
 * graph file is missing, unreadable or too large.
 */
export function buildNetwork(spec: GraphSpec, seed: Seed, readFile?: ReadFile): BuiltNetwork {
  const warnings: string[] = [];
  let network =
    spec.generator === 'file' ? readGraphFile(spec, readFile, warnings) : generate(spec, seed);
  if (spec.ties) {
    if (network.weight)
      warnings.push('The tie settings replace the edge weights given in the graph file.');
    network = assignTieStrength(network, spec.ties, createRng(seed, 'ties'));
  }
  if (spec.population)
    network = assignKinds(network, spec.population, createRng(seed, 'population'));
  return { network, warnings };
}

function generate(spec: Exclude<GraphSpec, { generator: 'file' }>, seed: Seed): Network {
  const rng = createRng(seed, 'graph');
  switch (spec.generator) {
    case 'erdos-renyi': {
      const { nodes: n, directed } = spec;
      if (spec.edges !== undefined) return erdosRenyi({ n, m: spec.edges, directed, rng });
      const p = spec.p ?? (n > 1 ? (spec.meanDegree ?? 0) / (n - 1) : 0);
      return erdosRenyi({ n, p, directed, rng });
    }
    case 'barabasi-albert':
      return barabasiAlbert({ n: spec.nodes, m: spec.m, directed: spec.directed, rng });
    case 'watts-strogatz':
      return wattsStrogatz({ n: spec.nodes, k: spec.k, beta: spec.beta, rng });
    case 'stochastic-block':
      return stochasticBlock({
        sizes: splitEvenly(spec.nodes, spec.communities),
        pIn: spec.pIn,
        pOut: spec.pOut,
        directed: spec.directed,
        rng,
      });
    case 'configuration-model':
      return configurationModel({
        n: spec.nodes,
        exponent: spec.exponent,
        minDegree: spec.minDegree,
        maxDegree: spec.maxDegree,
        rng,
      });
    case 'karate-club':
      return karateClub();
    case 'caveman':
      return caveman({ cliques: spec.cliques, size: spec.size, connected: spec.connected, rng });
  }
}

function readGraphFile(
  spec: Extract<GraphSpec, { generator: 'file' }>,
  readFile: ReadFile | undefined,
  warnings: string[],
): Network {
  const what = `The graph file "${spec.path}"`;
  if (!readFile)
    throw new GraphFormatError(what, [
      {
        line: 0,
        message: `this scenario reads its graph from "${spec.path}", but here no files can be read`,
      },
    ]);
  const format = spec.format ?? detectGraphFormat(spec.path);
  if (format !== 'edgelist' && spec.directed !== undefined) {
    warnings.push(
      `"directed" is ignored for ${format.toUpperCase()} files, which declare whether their edges are directed.`,
    );
  }
  const parsed = parseGraph(readFile(spec.path), format, {
    directed: spec.directed ?? false,
    nodes: spec.nodes,
  });
  warnings.push(...parsed.warnings);
  const { network } = parsed;
  if (network.n > LIMITS.nodes || network.src.length > LIMITS.edges) {
    const has = `${formatCount(network.n)} nodes and ${formatCount(network.src.length)} edges`;
    const limit = `${formatCount(LIMITS.nodes)} nodes and ${formatCount(LIMITS.edges)} edges`;
    throw new GraphFormatError(what, [
      { line: 0, message: `it has ${has}; Ripple handles at most ${limit}` },
    ]);
  }
  return network;
}
