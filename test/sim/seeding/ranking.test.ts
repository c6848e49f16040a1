import { DirectedGraph } from 'graphology';
import graphologyPagerank from 'graphology-metrics/centrality/pagerank.js';
import { describe, expect, it } from 'vitest';
import { barabasiAlbert } from '../../../src/graph/generators/index.ts';
import { discountChance } from '../../../src/models/index.ts';
import { createRng } from '../../../src/random/rng.ts';
import { buildCsr } from '../../../src/sim/csr.ts';
import { chooseSeeds, pageRank } from '../../../src/sim/seeding/index.ts';
import { csrOf, ic, seeding, star } from './helpers.ts';

const pick = (...args: Parameters<typeof chooseSeeds>): number[] => [...chooseSeeds(...args)];

describe('top-degree', () => {
  it('picks the hub of a star, then leaves by lower index', () => {
    expect(pick(csrOf(6, star(5)), seeding('top-degree', 3))).toEqual([0, 1, 2]);
  });

  it('ranks by out-degree (followers), not by how many one follows', () => {
    // 0 follows 1..4 (arcs 1..4 → 0); 5 is followed by 6 and 7 (arcs 5 → 6, 5 → 7).
    const csr = csrOf(
      8,
      [
        [1, 0],
        [2, 0],
        [3, 0],
        [4, 0],
        [5, 6],
        [5, 7],
      ],
      true,
    );
    expect(pick(csr, seeding('top-degree', 1))).toEqual([5]);
  });

  it('skips excluded nodes', () => {
    const excluded = Uint8Array.of(1, 0, 0, 0, 0, 0);
    expect(pick(csrOf(6, star(5)), seeding('top-degree', 2, { excluded }))).toEqual([1, 2]);
  });
});

describe('top-pagerank', () => {
  it('matches graphology-metrics on the reversed (endorsement) graph', () => {
    const network = barabasiAlbert({ n: 60, m: 2, directed: true, rng: createRng('pr') });
    // Leave two accounts following no one, so the dangling-node rule is exercised.
    const keep = Array.from(network.src.keys()).filter(
      (e) => network.dst[e] !== 3 && network.dst[e] !== 7,
    );
    const src = Int32Array.from(keep, (e) => network.src[e]);
    const dst = Int32Array.from(keep, (e) => network.dst[e]);
    const csr = buildCsr({ n: network.n, directed: true, src, dst, weight: null });
    expect(csr.inDegree[3]).toBe(0);

    const graph = new DirectedGraph();
    for (let v = 0; v < network.n; v++) graph.addNode(String(v));
    for (const [e, u] of src.entries()) graph.mergeEdge(String(dst[e]), String(u));
    expect(graph.size).toBe(src.length);
    const expected = graphologyPagerank(graph, {
      getEdgeWeight: null,
      tolerance: 1e-14,
      maxIterations: 1000,
    });

    const rank = pageRank(csr);
    for (let v = 0; v < network.n; v++) expect(rank[v]).toBeCloseTo(expected[String(v)], 10);
    expect(rank.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('prefers the account followed by the well-followed over the one with more followers', () => {
    // 0 has three followers (1, 2, 3) who are followed by no one; 4 has two followers, 5 and 6,
    // and each of those is followed by three more accounts (7–9 and 10–12).
    const arcs: Array<[number, number]> = [
      [0, 1],
      [0, 2],
      [0, 3],
      [4, 5],
      [4, 6],
      [5, 7],
      [5, 8],
      [5, 9],
      [6, 10],
      [6, 11],
      [6, 12],
    ];
    const csr = csrOf(13, arcs, true);
    expect(pick(csr, seeding('top-degree', 1))).toEqual([0]);
    expect(pick(csr, seeding('top-pagerank', 1))).toEqual([4]);
  });
});

describe('degree-discount', () => {
  // Hub 0 (degree 7) is next to 1 (degree 6); 13 (degree 5) is elsewhere.
  const edges: Array<[number, number]> = [
    ...star(7),
    [1, 8],
    [1, 9],
    [1, 10],
    [1, 11],
    [1, 12],
    [13, 14],
    [13, 15],
    [13, 16],
    [13, 17],
    [13, 18],
  ];
  const csr = csrOf(19, edges);

  it('discounts the hub’s neighbour, where top-degree takes it', () => {
    expect(pick(csr, seeding('top-degree', 2))).toEqual([0, 1]);
    // dd(1) = 6 − 2·1 − (6 − 1)·1·0.1 = 3.5 < dd(13) = 5.
    expect(pick(csr, seeding('degree-discount', 2))).toEqual([0, 13]);
  });

  it('reads p from the model: a larger p discounts more', () => {
    // As above but 13 has degree 4.
    const other = csrOf(18, [
      ...star(7),
      [1, 8],
      [1, 9],
      [1, 10],
      [1, 11],
      [1, 12],
      [13, 14],
      [13, 15],
      [13, 16],
      [13, 17],
    ]);
    // dd(1) = 4 − 5p against dd(13) = 4: a tie at p = 0 (lower index wins), 13 once p > 0.
    expect(pick(other, seeding('degree-discount', 2, { model: ic(0) }))).toEqual([0, 1]);
    expect(pick(other, seeding('degree-discount', 2, { model: ic(0.05) }))).toEqual([0, 13]);
  });

  it('equals top-degree when no top node neighbours another', () => {
    const separate = csrOf(12, [...star(4), [5, 6], [5, 7], [5, 8], [9, 10], [9, 11]]);
    expect(pick(separate, seeding('degree-discount', 3))).toEqual(
      pick(separate, seeding('top-degree', 3)),
    );
  });
});

describe('discountChance', () => {
  it('is the power for IC, the whole-period transmissibility for SIR, and 0.01 for LT', () => {
    expect(discountChance(ic(0.3))).toBe(0.3);
    expect(discountChance(ic(4))).toBe(1);
    const sir = (recovery: number) =>
      ({ model: 'sir', power: 0.2, recovery, weighting: 'tie-strength' }) as const;
    expect(discountChance(sir(1))).toBeCloseTo(0.2, 15);
    // Sum over sharing periods of k steps (chance γ(1−γ)^(k−1)) of 1 − (1 − p)^k.
    let series = 0;
    for (let k = 1; k < 2000; k++) series += 0.25 * 0.75 ** (k - 1) * (1 - 0.8 ** k);
    expect(discountChance(sir(0.25))).toBeCloseTo(series, 12);
    expect(
      discountChance({ model: 'linear-threshold', threshold: { rule: 'uniform-random' } }),
    ).toBe(0.01);
  });
});
