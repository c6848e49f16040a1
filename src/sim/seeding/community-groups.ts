import { type Csr, outDegree } from '../csr.ts';

export interface CommunityGroups {
  /** Eligible members of each community, largest community first (ties to the lower id), each best-connected first. */
  readonly groups: number[][];
  /** Eligible nodes of unknown community (-1), best-connected first. */
  readonly unknown: number[];
}

/**
 * The candidates grouped by community, for the strategies that place seeds by community.
 * "Best-connected" is the highest out-degree (first-level reach), ties to the lower index.
 */
export function communityGroups(
  csr: Csr,
  candidates: Int32Array,
  community: Int32Array | null,
  strategy: string,
): CommunityGroups {
  if (!community) {
    throw new Error(
      `${strategy} seeding needs to know each node’s community: detect communities first, or use a network with planted communities.`,
    );
  }
  if (community.length !== csr.n) {
    throw new RangeError(
      `The community list has ${community.length} entries but the network has ${csr.n} nodes; give one entry per node.`,
    );
  }
  // A community's size counts all its members, eligible or not: it is the group's reach.
  const size = new Map<number, number>();
  for (const c of community) if (c >= 0) size.set(c, (size.get(c) ?? 0) + 1);
  const members = new Map<number, number[]>();
  const unknown: number[] = [];
  for (const v of candidates) {
    const c = community[v];
    if (c < 0) unknown.push(v);
    else if (members.has(c)) members.get(c)!.push(v);
    else members.set(c, [v]);
  }
  const byReach = (a: number, b: number): number => outDegree(csr, b) - outDegree(csr, a) || a - b;
  const groups = [...members.keys()]
    .sort((a, b) => size.get(b)! - size.get(a)! || a - b)
    .map((c) => members.get(c)!.sort(byReach));
  return { groups, unknown: unknown.sort(byReach) };
}
