import { EdgeListBuilder } from '../edge-list-builder.ts';
import type { Network } from '../network.ts';

/** The two factions the club split into, in the order of the `community` indices. */
export const KARATE_FACTIONS = ['Mr. Hi', 'Officer'] as const;

/**
 * The 78 friendships as pairs of members, row by row of the upper triangle of Zachary's
 * matrix: the edges graphology-generators' karateClub lists, in its order (tested).
 */
const FRIENDSHIPS = [
  0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 0, 8, 0, 10, 0, 11, 0, 12, 0, 13, 0, 17, 0, 19, 0, 21,
  0, 31, 1, 2, 1, 3, 1, 7, 1, 13, 1, 17, 1, 19, 1, 21, 1, 30, 2, 3, 2, 7, 2, 8, 2, 9, 2, 13, 2, 27,
  2, 28, 2, 32, 3, 7, 3, 12, 3, 13, 4, 6, 4, 10, 5, 6, 5, 10, 5, 16, 6, 16, 8, 30, 8, 32, 8, 33, 9,
  33, 13, 33, 14, 32, 14, 33, 15, 32, 15, 33, 18, 32, 18, 33, 19, 33, 20, 32, 20, 33, 22, 32, 22,
  33, 23, 25, 23, 27, 23, 29, 23, 32, 23, 33, 24, 25, 24, 27, 24, 31, 25, 31, 26, 29, 26, 33, 27,
  33, 28, 31, 28, 33, 29, 32, 29, 33, 30, 32, 30, 33, 31, 32, 31, 33, 32, 33,
];

/** Members who followed the instructor, Mr. Hi; the others followed the officer. */
const MR_HI = new Set([0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 16, 17, 19, 21]);

const MEMBERS = 34;

/**
 * Zachary's karate club (Zachary 1977, J. Anthropol. Res. 33, 452): friendships among 34
 * members of a university club, 78 undirected edges. `community` is the faction each member
 * joined after the split (index into KARATE_FACTIONS), the classic ground truth for community
 * detection. Written out here rather than built through graphology, so building it loads no
 * graph library.
 */
export function karateClub(): Network {
  const edges = new EdgeListBuilder(FRIENDSHIPS.length / 2);
  for (let i = 0; i < FRIENDSHIPS.length; i += 2) edges.add(FRIENDSHIPS[i], FRIENDSHIPS[i + 1]);
  const faction = Int32Array.from({ length: MEMBERS }, (_, member) => (MR_HI.has(member) ? 0 : 1));
  return edges.toNetwork(MEMBERS, false, faction);
}
