import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Csr } from '../../../src/sim/csr.ts';
import { chooseSeeds, coreNumbers } from '../../../src/sim/seeding/index.ts';
import { clique, csrOf, seeding } from './helpers.ts';

const pick = (...args: Parameters<typeof chooseSeeds>): number[] => [...chooseSeeds(...args)];

/** Core numbers by the definition: repeatedly peel every node of degree < k. */
function coresByPeeling(csr: Csr): number[] {
  const neighbours = Array.from({ length: csr.n }, () => new Set<number>());
  for (let u = 0; u < csr.n; u++) {
    for (let a = csr.offsets[u]; a < csr.offsets[u + 1]; a++) {
      const v = csr.targets[a];
      if (u === v) continue;
      neighbours[u].add(v);
      neighbours[v].add(u);
    }
  }
  const core = new Array<number>(csr.n).fill(0);
  const alive = new Set(neighbours.keys());
  for (let k = 1; alive.size > 0; k++) {
    for (let peeled = true; peeled; ) {
      peeled = false;
      for (const v of alive) {
        if ([...neighbours[v]].filter((u) => alive.has(u)).length < k) {
          alive.delete(v);
          peeled = true;
        }
      }
    }
    for (const v of alive) core[v] = k;
  }
  return core;
}

describe('coreNumbers', () => {
  it('gives 1 along a path and 0 to an isolated node', () => {
    expect([
      ...coreNumbers(
        csrOf(5, [
          [0, 1],
          [1, 2],
          [2, 3],
        ]),
      ),
    ]).toEqual([1, 1, 1, 1, 0]);
  });

  it('gives a clique size − 1 and its pendant path 1', () => {
    const csr = csrOf(7, [...clique([0, 1, 2, 3]), [3, 4], [4, 5], [5, 6]]);
    expect([...coreNumbers(csr)]).toEqual([3, 3, 3, 3, 1, 1, 1]);
  });

  it('agrees with peeling by definition on random directed multigraphs with self-loops', () => {
    const graph = fc.integer({ min: 1, max: 14 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        arcs: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 50 }),
        directed: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(graph, ({ n, arcs, directed }) => {
        const csr = csrOf(n, arcs, directed);
        expect([...coreNumbers(csr)]).toEqual(coresByPeeling(csr));
      }),
    );
  });
});

describe('k-core seeding', () => {
  it('prefers the innermost core over a higher-degree node outside it', () => {
    // Clique 0–3 (core 3, degree 3, node 3 degree 4); hub 4 with six leaves (core 1, degree 7).
    const edges: Array<[number, number]> = [
      ...clique([0, 1, 2, 3]),
      [3, 4],
      ...[5, 6, 7, 8, 9, 10].map((v) => [4, v] as [number, number]),
    ];
    const csr = csrOf(11, edges);
    expect(pick(csr, seeding('top-degree', 1))).toEqual([4]);
    // Core 3 first, node 3 first within it by degree, then by index.
    expect(pick(csr, seeding('k-core', 5))).toEqual([3, 0, 1, 2, 4]);
  });

  it('on a path (all core 1) falls back to degree, then index', () => {
    expect(
      pick(
        csrOf(5, [
          [0, 1],
          [1, 2],
          [2, 3],
          [3, 4],
        ]),
        seeding('k-core', 4),
      ),
    ).toEqual([1, 2, 3, 0]);
  });
});

describe('one-per-community', () => {
  // Two cliques joined by the edge 3–4: {0..3} and {4..9}; 3 and 4 carry the bridge.
  const csr = csrOf(10, [...clique([0, 1, 2, 3]), ...clique([4, 5, 6, 7, 8, 9]), [3, 4]]);
  const community = Int32Array.of(0, 0, 0, 0, 1, 1, 1, 1, 1, 1);

  it('takes one node in each clique, the best connected, largest community first', () => {
    expect(pick(csr, seeding('one-per-community', 2, { community }))).toEqual([4, 3]);
    expect(pick(csr, seeding('top-degree', 2))).toEqual([4, 5]);
  });

  it('goes round-robin when there are more seeds than communities', () => {
    expect(pick(csr, seeding('one-per-community', 5, { community }))).toEqual([4, 3, 5, 0, 6]);
  });

  it('uses nodes of unknown community only after every community’s', () => {
    const partial = Int32Array.of(0, 0, -1, 0, 1, 1, 1, 1, 1, 1);
    expect(pick(csr, seeding('one-per-community', 10, { community: partial })).slice(-1)).toEqual([
      2,
    ]);
  });

  it('skips excluded nodes and communities with no eligible node', () => {
    const excluded = Uint8Array.of(1, 1, 1, 1, 0, 0, 0, 0, 0, 1);
    expect(pick(csr, seeding('one-per-community', 2, { community, excluded }))).toEqual([4, 5]);
  });

  it('explains that it needs communities', () => {
    expect(() => chooseSeeds(csr, seeding('one-per-community', 2))).toThrow(
      /needs to know each node’s community/,
    );
    expect(() =>
      chooseSeeds(csr, seeding('one-per-community', 2, { community: new Int32Array(3) })),
    ).toThrow(/3 entries but the network has 10 nodes/);
  });
});
