import * as z from 'zod';
import { plainText, probability, wholeNumber } from './fields.ts';
import { populationSchema, tiesSchema } from './graph-attributes.ts';
import { checkGraph } from './graph-checks.ts';
import { LIMITS } from './limits.ts';

// Every generator accepts the same two optional attribute blocks.
const attributes = { ties: tiesSchema.optional(), population: populationSchema.optional() };

function nodes(min: number) {
  return wholeNumber(min, LIMITS.nodes).describe(
    `Number of nodes (people and organisations), ${min} to 2,000,000.`,
  );
}

const directed = z
  .boolean()
  .default(false)
  .describe(
    'true: a follower graph, content flows u→v when v follows u; false: friendships, both ways. Default false.',
  );

const ONE_DENSITY = 'Give exactly one of meanDegree, p, edges.';

const erdosRenyi = z
  .strictObject({
    generator: z.literal('erdos-renyi'),
    nodes: nodes(1),
    meanDegree: z
      .number()
      .min(0)
      .max(LIMITS.nodes)
      .optional()
      .describe(`Mean degree z, the easiest choice: p = z / (nodes − 1). ${ONE_DENSITY}`),
    p: probability()
      .optional()
      .describe(`Chance that each pair of nodes is linked. ${ONE_DENSITY}`),
    edges: wholeNumber(0, LIMITS.edges)
      .optional()
      .describe(`Exact number of edges. ${ONE_DENSITY}`),
    directed,
    ...attributes,
  })
  .describe('Erdős–Rényi random graph: every pair linked independently with the same chance.');

const barabasiAlbert = z
  .strictObject({
    generator: z.literal('barabasi-albert'),
    nodes: nodes(2),
    m: wholeNumber(1, LIMITS.nodes).describe(
      'Edges each newcomer brings (accounts it follows or befriends); 1 to nodes − 1.',
    ),
    directed,
    ...attributes,
  })
  .describe(
    'Barabási–Albert preferential attachment: a few hubs (celebrities), many small accounts.',
  );

const wattsStrogatz = z
  .strictObject({
    generator: z.literal('watts-strogatz'),
    nodes: nodes(3),
    k: wholeNumber(2, LIMITS.nodes).describe(
      'Even degree of the starting ring lattice: k/2 neighbours on each side; 2 to nodes − 1.',
    ),
    beta: probability().describe(
      'Chance that each edge is rewired to a random node: 0 keeps the lattice, 1 is nearly random.',
    ),
    ...attributes,
  })
  .describe(
    'Watts–Strogatz small world: clustered neighbourhoods joined by a few long bridges. Undirected.',
  );

const stochasticBlock = z
  .strictObject({
    generator: z.literal('stochastic-block'),
    communities: wholeNumber(1, LIMITS.communities).describe(
      'Number of communities; the nodes are split as evenly as possible.',
    ),
    nodes: nodes(1),
    pIn: probability().describe('Chance that two nodes of the same community are linked.'),
    pOut: probability().describe('Chance that two nodes of different communities are linked.'),
    directed,
    ...attributes,
  })
  .describe('Stochastic block model: planted communities, dense inside and sparse between.');

const configurationModel = z
  .strictObject({
    generator: z.literal('configuration-model'),
    nodes: nodes(2),
    exponent: z.number().gt(0).max(10).describe('γ in P(k) ∝ k^−γ; usually between 2 and 3.'),
    minDegree: wholeNumber(1, LIMITS.nodes).describe('Smallest degree, at least 1.'),
    maxDegree: wholeNumber(1, LIMITS.nodes)
      .optional()
      .describe('Largest degree; default max(minDegree, ⌊√nodes⌋), the structural cutoff.'),
    ...attributes,
  })
  .describe(
    'Configuration model: a random graph with a power-law degree distribution. Undirected.',
  );

const karateClub = z
  .strictObject({ generator: z.literal('karate-club'), ...attributes })
  .describe("Zachary's karate club: 34 members, 78 friendships, two factions.");

const caveman = z
  .strictObject({
    generator: z.literal('caveman'),
    cliques: wholeNumber(1, LIMITS.nodes).describe(
      'Number of caves (tight groups where everyone knows everyone).',
    ),
    size: wholeNumber(2, LIMITS.nodes).describe('People per cave, at least 2.'),
    connected: z
      .boolean()
      .default(false)
      .describe(
        'true: one edge per cave rewired to join the caves in a ring (needs 2+ caves). Default false.',
      ),
    ...attributes,
  })
  .describe('Caveman graph: cliques of friends, the extreme of strong clustered ties.');

const file = z
  .strictObject({
    generator: z.literal('file'),
    path: plainText(LIMITS.pathChars, 1).describe(
      'Graph file, as a path relative to the scenario file (absolute paths are refused).',
    ),
    format: z
      .enum(['edgelist', 'gexf', 'graphml'])
      .optional()
      .describe(
        'File format; default from the extension (.gexf, .graphml, otherwise an edge list).',
      ),
    directed: z
      .boolean()
      .optional()
      .describe(
        'Edge lists only: whether each line "u v" is one-way (v follows u). Default false. GEXF and GraphML declare it themselves.',
      ),
    nodes: wholeNumber(1, LIMITS.nodes)
      .optional()
      .describe(
        'Edge lists only: the file numbers its nodes 0 to nodes − 1, so ids no line uses are kept as people without ties. Default: the ids the file uses.',
      ),
    ...attributes,
  })
  .describe(
    'A graph read from a file: an edge list (lines "u v [weight]", or a lone node on a line), GEXF or GraphML.',
  );

const graphVariants = z.discriminatedUnion('generator', [
  erdosRenyi,
  barabasiAlbert,
  wattsStrogatz,
  stochasticBlock,
  configurationModel,
  karateClub,
  caveman,
  file,
]);

export type GraphSpec = z.output<typeof graphVariants>;

export const graphSchema = graphVariants
  // Checks across fields only make sense once every field is valid on its own.
  .superRefine(checkGraph, { when: (payload) => payload.issues.length === 0 })
  .describe('The relationship chain: who sees whose posts.');
export type GraphGenerator = GraphSpec['generator'];
