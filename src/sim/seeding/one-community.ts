import type { Csr } from '../csr.ts';
import { communityGroups } from './community-groups.ts';

/**
 * Pack the seeds into one group, the opposite of one-per-community: the best-connected
 * accounts (highest out-degree, ties to the lower index) of the single largest community.
 * Only when it has too few eligible members does the next largest community fill in, and
 * nodes of unknown community (-1) come last, so the count is always met when it can be.
 */
export function oneCommunitySeeds(
  csr: Csr,
  candidates: Int32Array,
  count: number,
  community: Int32Array | null,
): Int32Array {
  const { groups, unknown } = communityGroups(csr, candidates, community, 'One-community');
  return Int32Array.from([...groups.flat(), ...unknown].slice(0, count));
}
