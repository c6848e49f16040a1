import { describe, expect, it } from 'vitest';
import { prepareModel } from '../../src/models/index.ts';
import { fans, proportionZ } from '../helpers/disjoint.ts';
import {
  activated,
  csrFrom,
  type Edge,
  keyFor,
  LT_COUNT,
  LT_FRACTION,
  LT_UNIFORM,
  runOnce,
  stepOf,
} from '../helpers/sim-builders.ts';

/*
 * Linear threshold semantics on fans: k sources → one target (node k). Seeding s of the sources
 * shows whether the target tips. Deterministic rules give exact answers (any key).
 */
const KEY = keyFor('lt');

/** Does the target of a single k-fan activate when its first s sources are seeded? */
function tips(
  k: number,
  s: number,
  spec: ReturnType<typeof LT_FRACTION>,
  weight?: number,
): boolean {
  const g = fans(1, k, weight);
  const { cascade } = runOnce(g.csr, spec, g.sources[0].slice(0, s), KEY);
  return activated(cascade).has(g.targets[0]);
}

describe('LT fraction rule compares active/k ≥ φ exactly as written', () => {
  it('φ = 0.2, k = 5 tips with exactly one active in-neighbour', () => {
    expect(tips(5, 1, LT_FRACTION(0.2))).toBe(true);
    expect(tips(5, 0, LT_FRACTION(0.2))).toBe(false);
    expect(tips(6, 1, LT_FRACTION(0.2))).toBe(false);
  });

  it('φ = 0.7, k = 10 needs exactly 7', () => {
    expect(tips(10, 6, LT_FRACTION(0.7))).toBe(false);
    expect(tips(10, 7, LT_FRACTION(0.7))).toBe(true);
  });

  it('every decimal φ = j/k typed as text tips at exactly j of k (k = 1..20, terminating decimals)', () => {
    const wrong: string[] = [];
    for (const k of [1, 2, 4, 5, 8, 10, 16, 20]) {
      for (let j = 1; j <= k; j++) {
        const phi = Number.parseFloat(String(j / k)); // the decimal a person writes, e.g. "0.35"
        for (const s of [j - 1, j]) {
          if (tips(k, s, LT_FRACTION(phi)) !== s >= j) wrong.push(`k=${k} φ=${phi} active=${s}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('common thresholds 0.1 … 0.9 on k = 10 tip at exactly 10·φ active', () => {
    for (let j = 1; j <= 9; j++) {
      const phi = Number.parseFloat(`0.${j}`);
      expect(tips(10, j - 1, LT_FRACTION(phi))).toBe(false);
      expect(tips(10, j, LT_FRACTION(phi))).toBe(true);
    }
  });

  it('weights the share by tie strength: Σ active w / Σ w ≥ φ (dyadic weights, exact)', () => {
    // 0 (w 0.5), 1 (w 0.25), 2 (w 0.25) → 3; φ = 0.5.
    const edges: Edge[] = [
      [0, 3, 0.5],
      [1, 3, 0.25],
      [2, 3, 0.25],
    ];
    const csr = csrFrom(4, true, edges);
    const on = (seeds: number[]) =>
      activated(runOnce(csr, LT_FRACTION(0.5), seeds, KEY).cascade).has(3);
    expect(on([0])).toBe(true);
    expect(on([1])).toBe(false);
    expect(on([1, 2])).toBe(true);
  });

  it('treats silent in-neighbours as inactive but still in the denominator', () => {
    // A 4-fan into node 4 with φ = 0.5; source 1 is silent (a bot) and never becomes active,
    // yet it stays in the denominator: one seed gives 1/4 < 0.5, two seeds give 2/4.
    const g = fans(1, 4);
    const silent = new Uint8Array(5);
    silent[1] = 1;
    const res = runOnce(g.csr, LT_FRACTION(0.5), [0], KEY, { silent });
    expect(activated(res.cascade).has(4)).toBe(false);
    expect(
      activated(runOnce(g.csr, LT_FRACTION(0.5), [0, 2], KEY, { silent }).cascade).has(4),
    ).toBe(true);
  });
});

describe('LT fraction rule with non-dyadic tie strengths', () => {
  // Summed as floats, ties 0.1, 0.2, 0.3 into node 3 give 0.6000000000000001 in edge order but
  // 0.6 in the order seeds 2, 1, 0 push, so a fully active neighbourhood would fall short of
  // φ = 1 in one order and not the other, and a share of exactly 0.3/0.6 would miss φ = 0.5.
  // The engine adds tie strengths as whole units of 2^-20 (prepared-model.ts) so sums are exact.
  it('tips when the weighted active share equals φ exactly, whatever the seed order', () => {
    const csr = csrFrom(4, true, [
      [0, 3, 0.1],
      [1, 3, 0.2],
      [2, 3, 0.3],
    ]);
    const tipsWith = (phi: number, seeds: number[]) =>
      activated(runOnce(csr, LT_FRACTION(phi), seeds, KEY).cascade).has(3);
    expect(tipsWith(1, [0, 1, 2])).toBe(true);
    expect(tipsWith(1, [2, 1, 0])).toBe(true); // same seed set, other order: fails today
    expect(tipsWith(0.5, [2])).toBe(true); // 0.3 of 0.6 is exactly one half
  });
});

describe('LT count rule (complex contagion)', () => {
  it('needs `count` active in-neighbours, whatever the tie strengths', () => {
    for (const weight of [undefined, 0.01, 1]) {
      expect(tips(5, 2, LT_COUNT(3), weight)).toBe(false);
      expect(tips(5, 3, LT_COUNT(3), weight)).toBe(true);
      expect(tips(5, 5, LT_COUNT(6), weight)).toBe(false); // more than the in-degree: never
      expect(tips(1, 1, LT_COUNT(1), weight)).toBe(true);
    }
  });

  it('spreads along a ladder that needs two friends, and stops at a single bridge', () => {
    // Undirected: 0–1 seeds; 2 touches 0 and 1; 3 touches 1 and 2; 4 touches 3 only.
    const csr = csrFrom(5, false, [
      [0, 1],
      [0, 2],
      [1, 2],
      [1, 3],
      [2, 3],
      [3, 4],
    ]);
    const { cascade } = runOnce(csr, LT_COUNT(2), [0, 1], KEY);
    expect(Array.from(stepOf(cascade, 5))).toEqual([0, 0, 1, 2, -1]);
  });
});

describe('LT parents and timing', () => {
  it('records as parent the in-neighbour whose push tipped the node, one step earlier', () => {
    // Seeds 0..6 of a 10-fan push in seed order; with φ = 0.7 the 7th push (from 6) tips 10.
    const g = fans(1, 10);
    const { cascade } = runOnce(g.csr, LT_FRACTION(0.7), [0, 1, 2, 3, 4, 5, 6], KEY);
    expect(cascade.size).toBe(8);
    expect(cascade.nodes[7]).toBe(10);
    expect(cascade.parents[7]).toBe(6);
    expect(cascade.steps[7]).toBe(1);
  });

  it('accumulates pull across steps: a node tips once enough in-neighbours have become active', () => {
    // 0 → 1 → 2 → 3 and 0 → 3, 1 → 3; node 3 has 3 in-neighbours, φ = 0.6 needs 2: tips at step 2.
    const csr = csrFrom(4, true, [
      [0, 1],
      [1, 2],
      [2, 3],
      [0, 3],
      [1, 3],
    ]);
    const { cascade } = runOnce(csr, LT_FRACTION(0.6), [0], KEY);
    // 1 has one in-neighbour (0): 1/1 ≥ 0.6 at step 1. 2: 1/1 at step 2. 3: 0 at step 0 gives 1/3,
    // 1 at step 1 gives 2/3 ≥ 0.6 → step 2, parent 1.
    expect(Array.from(stepOf(cascade, 4))).toEqual([0, 1, 2, 2]);
    const i3 = Array.from(cascade.nodes).indexOf(3);
    expect(cascade.parents[i3]).toBe(1);
  });

  it('φ = 0 activates every node reachable from the seeds, except silent ones', () => {
    const csr = csrFrom(6, true, [
      [0, 1],
      [1, 2],
      [2, 0],
      [3, 4],
      [1, 5],
    ]);
    expect(activated(runOnce(csr, LT_FRACTION(0), [0], KEY).cascade)).toEqual(
      new Set([0, 1, 2, 5]),
    );
    const silent = Uint8Array.from([0, 0, 1, 0, 0, 0]);
    const { cascade, obs } = runOnce(csr, LT_FRACTION(0), [0], KEY, { silent });
    expect(activated(cascade)).toEqual(new Set([0, 1, 5]));
    expect(obs.uniqueViewers).toBe(4); // 2 saw it
  });

  it('prepares the count rule as plain counts (no increments, no denominator) against K', () => {
    const g = fans(1, 3, 0.3);
    const m = prepareModel(g.csr, LT_COUNT(2));
    expect(m.kind).toBe('threshold');
    if (m.kind !== 'threshold') return;
    expect(m.increment).toBeNull();
    expect(m.denominator).toBeNull();
    expect(m.threshold).toEqual({ kind: 'fixed', value: 2 });
  });
});

describe('LT uniform-random thresholds (statistical: one fixed key, 5 standard errors)', () => {
  it('tips a k-fan with j active in-neighbours with probability j/k (θ ~ U[0, 1))', () => {
    // 20 000 fans; SE = √(q(1−q)/20000) ≤ 0.0036.
    const copies = 20_000;
    for (const [k, j] of [
      [4, 1],
      [5, 3],
      [3, 3],
    ]) {
      const g = fans(copies, k);
      const seeds = g.sources.flatMap((s) => s.slice(0, j));
      const { cascade } = runOnce(g.csr, LT_UNIFORM, seeds, keyFor('lt-u', k * 10 + j));
      const hit = activated(cascade);
      const successes = g.targets.filter((t) => hit.has(t)).length;
      if (j === k)
        expect(successes).toBe(copies); // θ < 1 always
      else expect(proportionZ(successes, copies, j / k)).toBeLessThan(5);
    }
  });

  it('draws each node’s threshold once per run (same key → same outcome), afresh across runs', () => {
    const g = fans(2000, 2);
    const seeds = g.sources.map((s) => s[0]);
    const a = runOnce(g.csr, LT_UNIFORM, seeds, keyFor('lt-r', 0)).cascade;
    const b = runOnce(g.csr, LT_UNIFORM, seeds, keyFor('lt-r', 0)).cascade;
    const c = runOnce(g.csr, LT_UNIFORM, seeds, keyFor('lt-r', 1)).cascade;
    expect(b).toEqual(a);
    expect(activated(c)).not.toEqual(activated(a));
  });
});
