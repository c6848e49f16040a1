import { describe, expect, it } from 'vitest';
import { detectCommunities } from '../../../src/graph/communities/index.ts';
import { EdgeListBuilder } from '../../../src/graph/edge-list-builder.ts';
import { karateClub, stochasticBlock } from '../../../src/graph/generators/index.ts';
import { createRng } from '../../../src/random/rng.ts';

/**
 * Adjusted Rand index (Hubert and Arabie 1985): pair agreement between two partitions,
 * corrected so that independent random labels score 0 on average and identical partitions 1.
 */
function adjustedRand(a: Int32Array, b: Int32Array): number {
  const pairs = (x: number): number => (x * (x - 1)) / 2;
  const joint = new Map<string, number>();
  const rows = new Map<number, number>();
  const cols = new Map<number, number>();
  a.forEach((x, i) => {
    joint.set(`${x},${b[i]}`, (joint.get(`${x},${b[i]}`) ?? 0) + 1);
    rows.set(x, (rows.get(x) ?? 0) + 1);
    cols.set(b[i], (cols.get(b[i]) ?? 0) + 1);
  });
  const sum = (m: Map<unknown, number>): number =>
    [...m.values()].reduce((s, x) => s + pairs(x), 0);
  const index = sum(joint);
  const expected = (sum(rows) * sum(cols)) / pairs(a.length);
  const max = (sum(rows) + sum(cols)) / 2;
  return (index - expected) / (max - expected);
}

describe('detectCommunities', () => {
  it('gives the same partition for the same generator seed', () => {
    const network = stochasticBlock({
      sizes: [30, 30, 30],
      pIn: 0.2,
      pOut: 0.05,
      rng: createRng('sbm-noisy'),
    });
    const first = detectCommunities(network, createRng('louvain'));
    expect([...detectCommunities(network, createRng('louvain'))]).toEqual([...first]);
    expect(first).toHaveLength(network.n);
  });

  // Tolerance: adjusted Rand ≥ 0.95, i.e. at most a node or two misplaced; with 40-node blocks,
  // pIn = 0.5 and pOut = 0.01 each node has ~20 links inside its block and ~1 outside.
  it.each([false, true])('recovers planted blocks when pIn ≫ pOut (directed: %s)', (directed) => {
    for (const seed of ['a', 'b', 'c']) {
      const network = stochasticBlock({
        sizes: [40, 40, 40, 40],
        pIn: 0.5,
        pOut: 0.01,
        directed,
        rng: createRng('sbm', seed),
      });
      const found = detectCommunities(network, createRng('louvain', seed));
      expect(adjustedRand(found, network.community!)).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('numbers communities 0, 1, … by each one’s first node', () => {
    const found = detectCommunities(karateClub(), createRng('karate'));
    const firsts = [...new Set(found)];
    expect(firsts).toEqual(firsts.map((_, i) => i));
    // Zachary's two factions are the classic test; Louvain splits them further but agrees well.
    expect(adjustedRand(found, karateClub().community!)).toBeGreaterThan(0.3);
  });

  it('puts every node of an edgeless network in its own community', () => {
    expect([
      ...detectCommunities(new EdgeListBuilder().toNetwork(4, false), createRng('empty')),
    ]).toEqual([0, 1, 2, 3]);
  });
});
