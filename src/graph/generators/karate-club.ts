import { UndirectedGraph } from 'graphology';
import karateClubGraph from 'graphology-generators/social/karate-club.js';
import { fromGraphology } from '../io/graphology.ts';
import type { Network } from '../network.ts';

/** The two factions the club split into, in the order of the `community` indices. */
export const KARATE_FACTIONS = ['Mr. Hi', 'Officer'] as const;

/**
 * Zachary's karate club (Zachary 1977, J. Anthropol. Res. 33, 452): friendships among 34
 * members of a university club, 78 undirected edges, taken from graphology-generators.
 * `community` is the faction each member joined after the split (index into
 * KARATE_FACTIONS), the classic ground truth for community detection.
 */
export function karateClub(): Network {
  const graph = karateClubGraph(UndirectedGraph);
  const faction = (key: string) => KARATE_FACTIONS.indexOf(graph.getNodeAttribute(key, 'club'));
  return { ...fromGraphology(graph), community: Int32Array.from(graph.nodes(), faction) };
}
