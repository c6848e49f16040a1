import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ModelSpec } from '../../src/models/index.ts';
import { Workspace } from '../../src/sim/workspace.ts';
import { bfsDistances, hasArc } from '../helpers/graph-walk.ts';
import {
  graphWithSeeds,
  PROPERTY_RUNS,
  power,
  runKey,
  type SmallGraph,
} from '../helpers/sim-arbitraries.ts';
import {
  activated,
  IC,
  LT_COUNT,
  LT_FRACTION,
  LT_UNIFORM,
  runOnce,
  SIR,
  stepOf,
} from '../helpers/sim-builders.ts';

/*
 * Invariants of every run record, for every model, over small random graphs, seeds, keys,
 * staggered seed steps and step caps (fast-check, fixed seed, 300 cases each). Exact checks.
 */
const anyModel: fc.Arbitrary<ModelSpec> = fc.oneof(
  power.map((p) => IC(p)),
  power.map((p) => IC(p, 'weighted-cascade')),
  fc.tuple(power, fc.double({ min: 0.05, max: 1, noNaN: true })).map(([p, g]) => SIR(p, g)),
  fc.integer({ min: 0, max: 10 }).map((k) => LT_FRACTION(k / 10)),
  fc.integer({ min: 1, max: 3 }).map((k) => LT_COUNT(k)),
  fc.constant(LT_UNIFORM),
);

/** A run on graph g: model, key, staggered steps for its seeds, and a step cap. */
function runOn(g: SmallGraph & { seeds: number[] }) {
  return fc.record({
    g: fc.constant(g),
    spec: anyModel,
    key: runKey,
    steps: fc.array(fc.integer({ min: 0, max: 4 }), {
      minLength: g.seeds.length,
      maxLength: g.seeds.length,
    }),
    maxSteps: fc.oneof(fc.constant(10_000), fc.integer({ min: 0, max: 6 })),
  });
}

const scenario = graphWithSeeds(14, { weighted: true }).chain(runOn);

describe('run records', () => {
  it('list each node once, in non-decreasing steps, parents before children along real arcs', () => {
    fc.assert(
      fc.property(scenario, ({ g, spec, key, steps, maxSteps }) => {
        const { cascade } = runOnce(g.csr, spec, g.seeds, key, { steps, maxSteps });
        const nodes = Array.from(cascade.nodes);
        expect(new Set(nodes).size).toBe(cascade.size);
        const position = new Map(nodes.map((v, i) => [v, i]));
        for (let i = 0; i < cascade.size; i++) {
          if (i > 0) expect(cascade.steps[i]).toBeGreaterThanOrEqual(cascade.steps[i - 1]);
          expect(cascade.steps[i]).toBeLessThanOrEqual(maxSteps);
          const p = cascade.parents[i];
          if (p < 0) {
            // A root is a seed activated at its own scheduled step.
            const k = g.seeds.indexOf(cascade.nodes[i]);
            expect(k).toBeGreaterThanOrEqual(0);
            expect(cascade.steps[i]).toBe(steps[k]);
          } else {
            expect(position.get(p)).toBeLessThan(i);
            expect(cascade.steps[position.get(p)!]).toBeLessThan(cascade.steps[i]);
            expect(hasArc(g.csr, p, cascade.nodes[i])).toBe(true);
          }
        }
      }),
      PROPERTY_RUNS,
    );
  });

  it('count viewers and impressions from the sharers: reach ≤ unique viewers ≤ n', () => {
    fc.assert(
      fc.property(scenario, ({ g, spec, key, steps, maxSteps }) => {
        const { cascade, obs } = runOnce(g.csr, spec, g.seeds, key, { steps, maxSteps });
        expect(obs.reach).toBe(cascade.size);
        expect(obs.reach).toBeLessThanOrEqual(obs.uniqueViewers);
        expect(obs.uniqueViewers).toBeLessThanOrEqual(g.n);
        // Every node activated before the cap shares at least once, to all its out-neighbours.
        const viewers = new Set(activated(cascade));
        let oneShare = 0;
        for (let i = 0; i < cascade.size; i++) {
          const u = cascade.nodes[i];
          if (cascade.steps[i] >= maxSteps) continue;
          for (let a = g.csr.offsets[u]; a < g.csr.offsets[u + 1]; a++)
            viewers.add(g.csr.targets[a]);
          oneShare += g.csr.offsets[u + 1] - g.csr.offsets[u];
        }
        expect(obs.uniqueViewers).toBe(viewers.size);
        // IC and LT share exactly once; SIR at least once.
        if (spec.model === 'sir') expect(obs.impressions).toBeGreaterThanOrEqual(oneShare);
        else expect(obs.impressions).toBe(oneShare);
        expect(cascade.edgeChecks).toBe(obs.impressions);
      }),
      PROPERTY_RUNS,
    );
  });

  it('a run cut at maxSteps is exactly the prefix (steps ≤ maxSteps) of the uncut run', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 0, max: 6 }), ({ g, spec, key, steps }, cap) => {
        const full = runOnce(g.csr, spec, g.seeds, key, { steps }).cascade;
        const cut = runOnce(g.csr, spec, g.seeds, key, { steps, maxSteps: cap }).cascade;
        const keep = Array.from(full.steps).filter((s) => s <= cap).length;
        expect(Array.from(cut.nodes)).toEqual(Array.from(full.nodes.subarray(0, keep)));
        expect(Array.from(cut.steps)).toEqual(Array.from(full.steps.subarray(0, keep)));
        expect(Array.from(cut.parents)).toEqual(Array.from(full.parents.subarray(0, keep)));
      }),
      PROPERTY_RUNS,
    );
  });

  it('IC with power 1 activates at BFS distance from the (synchronous) seeds', () => {
    fc.assert(
      fc.property(graphWithSeeds(), runKey, (g, key) => {
        const { cascade } = runOnce(g.csr, IC(1), g.seeds, key);
        expect(Array.from(stepOf(cascade, g.n))).toEqual(Array.from(bfsDistances(g.csr, g.seeds)));
      }),
      PROPERTY_RUNS,
    );
  });
});

describe('workspace reuse', () => {
  it('a workspace dirtied by other runs gives the same cascade as a fresh one', () => {
    fc.assert(
      fc.property(
        graphWithSeeds(14, { weighted: true }).chain((g) =>
          fc.array(runOn(g), { minLength: 2, maxLength: 6 }),
        ),
        (list) => {
          // Several runs on one network, of different models, keys and caps, through one workspace.
          const shared = new Workspace(list[0].g.n);
          for (const { g, spec, key, steps, maxSteps } of list) {
            const reused = runOnce(g.csr, spec, g.seeds, key, { steps, maxSteps, ws: shared });
            const fresh = runOnce(g.csr, spec, g.seeds, key, { steps, maxSteps });
            expect(reused).toEqual(fresh);
          }
        },
      ),
      { ...PROPERTY_RUNS, numRuns: 100 },
    );
  });

  it('survives the wrap-around of its 32-bit run marks', () => {
    fc.assert(
      fc.property(scenario, ({ g, spec, key, steps, maxSteps }) => {
        const ws = new Workspace(g.n);
        const fresh = runOnce(g.csr, spec, g.seeds, key, { steps, maxSteps });
        ws.activeMark = 0xfffffffa; // a few runs before the marks run out
        for (let r = 0; r < 4; r++)
          expect(runOnce(g.csr, spec, g.seeds, key, { steps, maxSteps, ws })).toEqual(fresh);
        expect(ws.activeMark).toBeLessThan(0xfffffffa);
      }),
      { ...PROPERTY_RUNS, numRuns: 100 },
    );
  });
});
