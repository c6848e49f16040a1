import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cascade } from '../../src/sim/cascade.ts';
import { observe } from '../../src/sim/observables.ts';
import { Workspace } from '../../src/sim/workspace.ts';
import { structuralViralityOfChain, structuralViralityOfStar } from '../../src/theory/index.ts';
import {
  csrFrom,
  directedChain,
  directedStar,
  type Edge,
  IC,
  keyFor,
  runOnce,
} from '../helpers/sim-builders.ts';

/*
 * Observables on hand-built cascades. Power 1 on a directed tree makes the cascade exactly the
 * tree, whatever the key, so every expected value here is exact (toBe), except structural
 * virality, a ratio of integers compared to 1e-12.
 */
const KEY = keyFor(1);

describe('observables of a star cascade', () => {
  it.each([2, 3, 10, 101])('star of %i nodes', (n) => {
    const { obs, cascade } = runOnce(directedStar(n), IC(1), [0], KEY);
    expect(obs.reach).toBe(n);
    expect(obs.firstGeneration).toBe(n - 1);
    expect(obs.depth).toBe(1);
    expect(obs.byGeneration).toEqual([1, n - 1]);
    expect(obs.newByStep).toEqual([1, n - 1]);
    expect(obs.timeToPeak).toBe(n > 2 ? 1 : 0); // n = 2: a tie 1–1, the earliest step wins
    expect(obs.duration).toBe(1);
    expect(obs.structuralVirality).toBeCloseTo(structuralViralityOfStar(n), 12);
    expect(obs.structuralVirality).toBeCloseTo((2 * (n - 1)) / n, 12);
    // Only the centre has followers: n − 1 impressions; everybody saw it.
    expect(obs.impressions).toBe(n - 1);
    expect(obs.uniqueViewers).toBe(n);
    expect(Array.from(cascade.parents)).toEqual([-1, ...new Array<number>(n - 1).fill(0)]);
  });
});

describe('observables of a chain cascade', () => {
  it.each([2, 3, 7, 50])('chain of %i nodes', (n) => {
    const { obs } = runOnce(directedChain(n), IC(1), [0], KEY);
    expect(obs.reach).toBe(n);
    expect(obs.firstGeneration).toBe(1);
    expect(obs.depth).toBe(n - 1);
    expect(obs.duration).toBe(n - 1);
    expect(obs.byGeneration).toEqual(new Array<number>(n).fill(1));
    expect(obs.newByStep).toEqual(new Array<number>(n).fill(1));
    expect(obs.timeToPeak).toBe(0); // every step ties at 1: the earliest
    expect(obs.structuralVirality).toBeCloseTo(structuralViralityOfChain(n), 12);
    expect(obs.structuralVirality).toBeCloseTo((n + 1) / 3, 12);
    expect(obs.impressions).toBe(n - 1);
    expect(obs.uniqueViewers).toBe(n);
  });
});

describe('observables of a hand-built tree with extra viewers', () => {
  /*
   *        0
   *      / | \
   *     1  2  3        1 → 4, 5;  2 → 6;  6 → 7, 8, 9
   *    / \  \
   *   4   5  6
   *        / | \
   *       7  8  9
   * plus arcs into silent nodes 10, 11 (from 3 and 9) and an arc 5 → 1 back into the cascade.
   */
  const edges: Edge[] = [
    [0, 1],
    [0, 2],
    [0, 3],
    [1, 4],
    [1, 5],
    [2, 6],
    [6, 7],
    [6, 8],
    [6, 9],
    [3, 10],
    [9, 11],
    [9, 10],
    [5, 1],
  ];
  const csr = csrFrom(12, true, edges);
  const silent = new Uint8Array(12);
  silent[10] = silent[11] = 1;

  it('gives the generations, steps, impressions and viewers', () => {
    const { obs, cascade } = runOnce(csr, IC(1), [0], KEY, { silent });
    expect(obs.reach).toBe(10);
    expect(obs.byGeneration).toEqual([1, 3, 3, 3]);
    expect(obs.newByStep).toEqual([1, 3, 3, 3]);
    expect(obs.firstGeneration).toBe(3);
    expect(obs.depth).toBe(3);
    expect(obs.timeToPeak).toBe(1); // steps 1, 2, 3 tie at 3: the earliest
    // Impressions = Σ out-degree of the sharers (every activated node shares once in IC):
    // 0:3, 1:2, 2:1, 3:1, 5:1, 6:3, 9:2 → 13 = every arc, since every arc's source shared.
    expect(obs.impressions).toBe(13);
    // Viewers: the 10 activated nodes plus the silent 10 and 11.
    expect(obs.uniqueViewers).toBe(12);
    expect(cascade.edgeChecks).toBe(13);
  });

  it('gives the structural virality of the tree by brute force', () => {
    const { obs } = runOnce(csr, IC(1), [0], KEY, { silent });
    // Tree on 0..9 with the parent edges above; mean of all pairwise distances.
    const parent = [-1, 0, 0, 0, 1, 1, 2, 6, 6, 6];
    expect(obs.structuralVirality).toBeCloseTo(
      bruteForceVirality(parent.map((p, v) => [v, p])),
      12,
    );
  });
});

/** Mean distance over pairs in the same tree, by BFS from every node; pairs = [node, parent]. */
function bruteForceVirality(pairs: Array<[number, number]>): number {
  const adj = new Map<number, number[]>();
  for (const [v] of pairs) adj.set(v, []);
  for (const [v, p] of pairs) {
    if (p < 0) continue;
    adj.get(v)!.push(p);
    adj.get(p)!.push(v);
  }
  let total = 0;
  let count = 0;
  for (const s of adj.keys()) {
    const dist = new Map<number, number>([[s, 0]]);
    const queue = [s];
    for (let h = 0; h < queue.length; h++) {
      const u = queue[h];
      for (const w of adj.get(u)!) {
        if (dist.has(w)) continue;
        dist.set(w, dist.get(u)! + 1);
        queue.push(w);
      }
    }
    for (const [t, d] of dist) {
      if (t > s) {
        total += d;
        count++;
      }
    }
  }
  return count ? total / count : 0;
}

describe('structural virality of forests and random trees', () => {
  it('equals the brute-force mean distance within trees, for random recursive forests', () => {
    // Build a cascade record directly: node i's parent is a random earlier node or −1 (a seed).
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 40 })
          .chain((n) =>
            fc.tuple(
              ...Array.from({ length: n }, (_, i) =>
                i === 0 ? fc.constant(-1) : fc.integer({ min: -1, max: i - 1 }),
              ),
            ),
          ),
        (parentIndex) => {
          const n = parentIndex.length;
          // Node ids are a permutation of indices (reverse), so ids ≠ positions.
          const id = (i: number): number => n - 1 - i;
          const steps = new Int32Array(n);
          const gen: number[] = [];
          for (const [i, p] of parentIndex.entries()) gen[i] = p < 0 ? 0 : gen[p] + 1;
          // Steps: non-decreasing and parent before child; use position as step.
          for (let i = 0; i < n; i++) steps[i] = i;
          const c: Cascade = {
            size: n,
            nodes: Int32Array.from({ length: n }, (_, i) => id(i)),
            steps,
            parents: Int32Array.from(parentIndex, (p) => (p < 0 ? -1 : id(p))),
            impressions: 0,
            uniqueViewers: n,
            edgeChecks: 0,
          };
          const obs = observe(c, new Workspace(n));
          const expected = bruteForceVirality(
            parentIndex.map((p, i) => [id(i), p < 0 ? -1 : id(p)]),
          );
          expect(obs.structuralVirality).toBeCloseTo(expected, 9);
          expect(obs.depth).toBe(Math.max(...gen));
          expect(obs.byGeneration.reduce((a, b) => a + b, 0)).toBe(n);
          expect(obs.firstGeneration).toBe(gen.filter((g) => g === 1).length);
          expect(obs.byGeneration[0]).toBe(parentIndex.filter((p) => p < 0).length);
        },
      ),
      { numRuns: 200, seed: 5 },
    );
  });

  it('is 0 for a lone seed and for seeds that shared with nobody', () => {
    expect(runOnce(directedStar(5), IC(0), [0], KEY).obs.structuralVirality).toBe(0);
    expect(runOnce(directedStar(5), IC(0), [0, 1, 2], KEY).obs.structuralVirality).toBe(0);
  });

  it('averages over pairs within each tree of a two-seed forest', () => {
    // Two disjoint stars of 4 (centres 0 and 4): each tree has W = 9, C(4,2) = 6 pairs.
    const csr = csrFrom(8, true, [
      [0, 1],
      [0, 2],
      [0, 3],
      [4, 5],
      [4, 6],
      [4, 7],
    ]);
    const { obs } = runOnce(csr, IC(1), [0, 4], KEY);
    expect(obs.structuralVirality).toBeCloseTo(18 / 12, 12);
    expect(obs.byGeneration).toEqual([2, 6]);
  });
});

describe('timing observables with staggered seeds', () => {
  it('counts steps from 0 even when the first seed starts later, and fills idle steps with 0', () => {
    // Seed 0 at step 2 on a chain of 3; seed 5 (isolated) at step 7.
    const csr = csrFrom(6, true, [
      [0, 1],
      [1, 2],
    ]);
    const { obs, cascade } = runOnce(csr, IC(1), [0, 5], KEY, { steps: [2, 7] });
    expect(Array.from(cascade.steps)).toEqual([2, 3, 4, 7]);
    expect(obs.newByStep).toEqual([0, 0, 1, 1, 1, 0, 0, 1]);
    expect(obs.duration).toBe(7);
    expect(obs.timeToPeak).toBe(2);
    expect(obs.byGeneration).toEqual([2, 1, 1]); // generation ≠ step
    expect(obs.depth).toBe(2);
  });
});

describe('expected first generation', () => {
  it('is power × out-degree summed over fixed seeds, and count × mean for random seeds (IC); SIR uses T = p/(p+γ−pγ)', async () => {
    const { buildCsr } = await import('../../src/sim/csr.ts');
    const { prepareModel } = await import('../../src/models/index.ts');
    const { expectedFirstGeneration } = await import('../../src/sim/first-generation.ts');
    // A star: hub 0 with 4 leaves, undirected; degrees 4,1,1,1,1 (mean 1.6).
    const csr = buildCsr({
      n: 5,
      directed: false,
      src: Int32Array.of(0, 0, 0, 0),
      dst: Int32Array.of(1, 2, 3, 4),
      weight: null,
    });
    const ic = prepareModel(csr, {
      model: 'independent-cascade',
      power: 0.25,
      weighting: 'tie-strength',
    });
    if (ic.kind !== 'transmission') throw new Error('expected transmission');
    expect(expectedFirstGeneration(csr, ic, Int32Array.of(0), 1)).toBeCloseTo(1, 12);
    expect(expectedFirstGeneration(csr, ic, Int32Array.of(0, 1), 2)).toBeCloseTo(1.25, 12);
    expect(expectedFirstGeneration(csr, ic, null, 2)).toBeCloseTo(2 * 0.25 * 1.6, 12);
    const sir = prepareModel(csr, {
      model: 'sir',
      power: 0.25,
      recovery: 0.5,
      weighting: 'tie-strength',
    });
    if (sir.kind !== 'transmission') throw new Error('expected transmission');
    const T = 0.25 / (0.25 + 0.5 - 0.125);
    expect(expectedFirstGeneration(csr, sir, Int32Array.of(0), 1)).toBeCloseTo(4 * T, 12);
  });
});
