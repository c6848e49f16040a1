import type { Csr } from '../csr.ts';
import { communityGroups } from './community-groups.ts';

/**
 * Spread the seeds across groups: the best-connected account (highest out-degree, ties to the
 * lower index) of each of the largest communities, largest first (ties to the lower community
 * id); with more seeds than communities, further rounds take each community's next best.
 * Nodes of unknown community (-1) come last, once every community's candidates are used.
 */
export function onePerCommunitySeeds(
  csr: Csr,
  candidates: Int32Array,
  count: number,
  community: Int32Array | null,
): Int32Array {
  const { groups, unknown } = communityGroups(csr, candidates, community, 'One-per-community');
  const out: number[] = [];
  for (let round = 0; out.length < count && groups.some((g) => g.length > round); round++) {
    for (const group of groups) {
      if (out.length === count) break;
      if (round < group.length) out.push(group[round]);
    }
  }
  for (const v of unknown) {
    if (out.length === count) break;
    out.push(v);
  }
  return Int32Array.from(out);
}
