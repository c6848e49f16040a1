import { outDegree, type Csr } from '../csr.ts';

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
  if (!community) {
    throw new Error('One-per-community seeding needs to know each node’s community: detect communities first, or use a network with planted communities.');
  }
  if (community.length !== csr.n) {
    throw new RangeError(`The community list has ${community.length} entries but the network has ${csr.n} nodes; give one entry per node.`);
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

  const out: number[] = [];
  for (let round = 0; out.length < count && groups.some((g) => g.length > round); round++) {
    for (const group of groups) {
      if (out.length === count) break;
      if (round < group.length) out.push(group[round]);
    }
  }
  for (const v of unknown.sort(byReach)) {
    if (out.length === count) break;
    out.push(v);
  }
  return Int32Array.from(out);
}
