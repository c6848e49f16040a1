import { UndirectedGraph } from 'graphology';
import karateClubGraph from 'graphology-generators/social/karate-club.js';
import type { Network } from '../network.ts';
import { fromGraphologyClassic } from './from-graphology-classic.ts';

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
  return fromGraphologyClassic(graph, (_key, attributes) =>
    KARATE_FACTIONS.indexOf(attributes.club as (typeof KARATE_FACTIONS)[number]),
  );
}
