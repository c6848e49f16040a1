import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { erdosRenyi } from '../../src/graph/generators/index.ts';
import { createRng } from '../../src/random/rng.ts';
import { buildCsr } from '../../src/sim/csr.ts';
import { fans, proportionZ } from '../helpers/disjoint.ts';
import { hasArc } from '../helpers/graph-walk.ts';
import { graphWithSeeds, PROPERTY_RUNS, power, runKey } from '../helpers/sim-arbitraries.ts';
import { activated, IC, isSubset, keyFor, runOnce, SIR, stepOf } from '../helpers/sim-builders.ts';

/*
 * SIR with interest decay. Coupling facts checked here follow from the coin design: arc coins
 * are keyed by (arc, attempt = age of the sharer) and recovery coins by (node, age), so the
 * age-0 attempt of every sharer uses exactly the coin IC uses. Hence, for the same key,
 * γ = 1 reproduces IC exactly and γ < 1 only adds attempts: SIR ⊇ IC, each node no later.
 */

describe('SIR versus IC under the same key', () => {
  it('recovery 1 gives the identical cascade (nodes, steps, parents, impressions, viewers)', () => {
    fc.assert(
      fc.property(graphWithSeeds(), power, runKey, (g, p, key) => {
        const ic = runOnce(g.csr, IC(p), g.seeds, key).cascade;
        const sir = runOnce(g.csr, SIR(p, 1), g.seeds, key).cascade;
        expect(sir).toEqual(ic);
      }),
      PROPERTY_RUNS,
    );
  });

  it('recovery < 1 reaches a superset of IC, never activating a node later', () => {
    fc.assert(
      fc.property(
        graphWithSeeds(),
        power,
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        runKey,
        (g, p, gamma, key) => {
          const ic = runOnce(g.csr, IC(p), g.seeds, key).cascade;
          const sir = runOnce(g.csr, SIR(p, gamma), g.seeds, key).cascade;
          expect(isSubset(activated(ic), activated(sir))).toBe(true);
          const si = stepOf(ic, g.n);
          const ss = stepOf(sir, g.n);
          for (const v of activated(ic)) expect(ss[v]).toBeLessThanOrEqual(si[v]);
        },
      ),
      PROPERTY_RUNS,
    );
  });

  it('records as parent an in-neighbour that became active strictly earlier', () => {
    fc.assert(
      fc.property(
        graphWithSeeds(),
        power,
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        runKey,
        (g, p, gamma, key) => {
          const { cascade } = runOnce(g.csr, SIR(p, gamma), g.seeds, key);
          const step = stepOf(cascade, g.n);
          for (let i = 0; i < cascade.size; i++) {
            const par = cascade.parents[i];
            if (par < 0) continue;
            expect(hasArc(g.csr, par, cascade.nodes[i])).toBe(true);
            expect(step[par]).toBeGreaterThanOrEqual(0);
            expect(step[par]).toBeLessThan(cascade.steps[i]);
          }
        },
      ),
      PROPERTY_RUNS,
    );
  });

  it('reaches strictly further than IC somewhere on a real graph (γ < 1 is not a no-op)', () => {
    const csr = buildCsr(erdosRenyi({ n: 2000, p: 3 / 2000, rng: createRng(4, 'graph') }));
    let icTotal = 0;
    let sirTotal = 0;
    for (let r = 0; r < 50; r++) {
      icTotal += runOnce(csr, IC(0.2), [r], keyFor(4, r)).cascade.size;
      sirTotal += runOnce(csr, SIR(0.2, 0.3), [r], keyFor(4, r)).cascade.size;
    }
    expect(sirTotal).toBeGreaterThan(icTotal);
  });
});

describe('SIR per-arc statistics (one fixed key, 20 000 disjoint arcs, 5 standard errors)', () => {
  const copies = 20_000;
  const g = fans(copies, 1);
  const seeds = g.sources.map((s) => s[0]);

  it('passes along an arc with P = p / (p + γ − pγ)', () => {
    // Sharing lasts a Geometric(γ) number of steps; each step passes with p.
    // P(never) = Σ_j γ(1−γ)^(j−1)(1−p)^j = γ(1−p) / (1 − (1−γ)(1−p)).
    for (const [p, gamma] of [
      [0.2, 0.5],
      [0.1, 0.2],
      [0.5, 0.9],
    ]) {
      const { cascade } = runOnce(g.csr, SIR(p, gamma), seeds, keyFor('sir', p));
      const hit = activated(cascade);
      const expected = p / (p + gamma - p * gamma);
      expect(
        proportionZ(g.targets.filter((t) => hit.has(t)).length, copies, expected),
      ).toBeLessThan(5);
    }
  });

  it('shares for a Geometric(γ) number of steps: impressions per sharer average 1/γ', () => {
    // Each seed has out-degree 1 and is shown once per sharing step; mean 1/γ, variance (1−γ)/γ².
    // Targets shared too (out-degree 0), adding nothing. SE = √((1−γ)/γ² / N); 5 SE.
    for (const gamma of [0.25, 0.5]) {
      const { cascade } = runOnce(g.csr, SIR(0.3, gamma), seeds, keyFor('sir-imp', gamma));
      const meanSteps = cascade.impressions / copies;
      const se = Math.sqrt((1 - gamma) / gamma ** 2 / copies);
      expect(Math.abs(meanSteps - 1 / gamma)).toBeLessThan(5 * se);
    }
  });

  it('never activates silent nodes, though they are shown the content', () => {
    const silent = new Uint8Array(g.csr.n);
    for (const t of g.targets) silent[t] = 1;
    const { cascade, obs } = runOnce(g.csr, SIR(1, 0.1), seeds, keyFor('sir-silent'), { silent });
    expect(cascade.size).toBe(copies);
    expect(obs.uniqueViewers).toBe(2 * copies);
  });
});
