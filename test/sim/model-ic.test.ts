import { describe, expect, it } from 'vitest';
import { erdosRenyi } from '../../src/graph/generators/index.ts';
import { prepareModel } from '../../src/models/index.ts';
import { createRng } from '../../src/random/rng.ts';
import { TWO_POW_32 } from '../../src/sim/coins.ts';
import { buildCsr } from '../../src/sim/csr.ts';
import type { PreparedTransmission } from '../../src/sim/spread/transmission.ts';
import { fans, proportionZ } from '../helpers/disjoint.ts';
import { bfsDistances, hasArc } from '../helpers/graph-walk.ts';
import { activated, csrFrom, IC, keyFor, runOnce, stepOf } from '../helpers/sim-builders.ts';

/*
 * Independent cascade semantics. Statistical checks use one fixed key each (deterministic) and
 * many disjoint gadgets per run; each compares a proportion with its exact value and allows
 * 5 standard errors (two-sided false-failure chance 6e-7 for a correct engine).
 */

describe('IC with power 1', () => {
  it('activates nodes in BFS layers from the seeds, each by an in-neighbour one step earlier', () => {
    for (const [directed, seed] of [
      [false, 1],
      [true, 2],
      [false, 3],
    ] as const) {
      const net = erdosRenyi({ n: 400, p: 2.5 / 400, directed, rng: createRng(seed, 'graph') });
      const csr = buildCsr(net);
      const seeds = [0, 17, 123];
      const { cascade } = runOnce(csr, IC(1), seeds, keyFor(seed));
      const dist = bfsDistances(csr, seeds);
      expect(Array.from(stepOf(cascade, csr.n))).toEqual(Array.from(dist));
      const step = stepOf(cascade, csr.n);
      for (let i = 0; i < cascade.size; i++) {
        const v = cascade.nodes[i];
        const p = cascade.parents[i];
        if (p < 0) {
          expect(seeds).toContain(v);
          continue;
        }
        expect(hasArc(csr, p, v)).toBe(true);
        expect(step[p]).toBe(step[v] - 1);
      }
    }
  });
});

describe('IC pass-on probability', () => {
  const copies = 20_000;

  it('passes along an arc with probability power (20 000 arcs, 5 SE)', () => {
    const g = fans(copies, 1);
    for (const power of [0.05, 0.3, 0.75]) {
      const { cascade } = runOnce(
        g.csr,
        IC(power),
        g.sources.map((s) => s[0]),
        keyFor('ic-p', power),
      );
      const hit = activated(cascade);
      const successes = g.targets.filter((t) => hit.has(t)).length;
      expect(proportionZ(successes, copies, power)).toBeLessThan(5);
    }
  });

  it('uses min(1, power × tie strength)', () => {
    // Tie strength 0.5, power 0.6 → 0.3; power 2.5 → min(1, 1.25) = 1 (every arc).
    const g = fans(copies, 1, 0.5);
    const seeds = g.sources.map((s) => s[0]);
    const { cascade } = runOnce(g.csr, IC(0.6), seeds, keyFor('ic-w'));
    const hit = activated(cascade);
    expect(proportionZ(g.targets.filter((t) => hit.has(t)).length, copies, 0.3)).toBeLessThan(5);
    expect(runOnce(g.csr, IC(2.5), seeds, keyFor('ic-w')).cascade.size).toBe(2 * copies);
    // Exactly at the clamp: power × w = 1 passes every time.
    expect(runOnce(g.csr, IC(2), seeds, keyFor('ic-w')).cascade.size).toBe(2 * copies);
  });

  it('gives each active source exactly one independent chance (fans of 3, P = 1 − (1 − p)^3)', () => {
    const g = fans(10_000, 3);
    const p = 0.2;
    const seeds = g.sources.flat();
    const { cascade } = runOnce(g.csr, IC(p), seeds, keyFor('ic-fan'));
    const hit = activated(cascade);
    const expected = 1 - (1 - p) ** 3; // 0.488
    expect(proportionZ(g.targets.filter((t) => hit.has(t)).length, 10_000, expected)).toBeLessThan(
      5,
    );
    // IC: a sharer is shown exactly once to each follower: impressions = arcs from seeds.
    expect(cascade.impressions).toBe(30_000);
  });
});

describe('weighted cascade', () => {
  it('prepares arc thresholds min(1, power / indegree(v)) × 2^32', () => {
    const csr = csrFrom(5, true, [
      [0, 4],
      [1, 4],
      [2, 4],
      [3, 4],
      [0, 1],
    ]);
    const m = prepareModel(csr, IC(0.8, 'weighted-cascade')) as PreparedTransmission;
    expect(m.kind).toBe('transmission');
    // Arcs of 0: 0→4 (indeg 4), 0→1 (indeg 1); then 1→4, 2→4, 3→4.
    expect(Array.from(m.arcThreshold)).toEqual([
      0.2 * TWO_POW_32,
      0.8 * TWO_POW_32,
      0.2 * TWO_POW_32,
      0.2 * TWO_POW_32,
      0.2 * TWO_POW_32,
    ]);
    expect(m.recoveryThreshold).toBe(TWO_POW_32);
  });

  it('ignores tie strengths and, with power 1, activates a fan target with P = 1 − (1 − 1/d)^d', () => {
    // 5 000 fans of d = 4 weighted 0.1 (ignored): P = 1 − 0.75^4 = 0.68359; 5 SE.
    const g = fans(5000, 4, 0.1);
    const { cascade } = runOnce(g.csr, IC(1, 'weighted-cascade'), g.sources.flat(), keyFor('wc'));
    const hit = activated(cascade);
    expect(
      proportionZ(g.targets.filter((t) => hit.has(t)).length, 5000, 1 - 0.75 ** 4),
    ).toBeLessThan(5);
    // power = d: every arc certain.
    expect(
      runOnce(g.csr, IC(4, 'weighted-cascade'), g.sources.flat(), keyFor('wc')).cascade.size,
    ).toBe(25_000);
  });
});

describe('IC with silent nodes (fake followers)', () => {
  it('never activates them but counts them as viewers, and they block the path behind them', () => {
    // 0 → 1 → 2, 0 → 3; 1 silent.
    const csr = csrFrom(4, true, [
      [0, 1],
      [1, 2],
      [0, 3],
    ]);
    const silent = Uint8Array.from([0, 1, 0, 0]);
    const { cascade, obs } = runOnce(csr, IC(1), [0], keyFor(3), { silent });
    expect(activated(cascade)).toEqual(new Set([0, 3]));
    expect(obs.uniqueViewers).toBe(3); // 0, 1 (silent viewer), 3; 2 never saw it
    expect(obs.impressions).toBe(2);
  });
});
