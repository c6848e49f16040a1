import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inNeighbours, reachable } from '../helpers/graph-walk.ts';
import { graphWithSeeds, PROPERTY_RUNS, runKey } from '../helpers/sim-arbitraries.ts';
import {
  activated,
  isSubset,
  LT_COUNT,
  LT_FRACTION,
  LT_UNIFORM,
  runOnce,
} from '../helpers/sim-builders.ts';

/*
 * Properties of the linear threshold model over small random graphs (fast-check, fixed seed,
 * 300 cases each). Thresholds are fixed per (node, key), so the final active set is a monotone
 * function of the seeds and thresholds: exact checks, no tolerance. Weighted graphs use tie
 * strengths k/8 (exact sums; see sim-arbitraries.ts).
 */
const phi = fc.integer({ min: 0, max: 20 }).map((k) => k / 20);

describe('LT properties', () => {
  it('φ = 0 activates everything reachable from the seeds', () => {
    fc.assert(
      fc.property(graphWithSeeds(14, { weighted: true }), runKey, (g, key) => {
        expect(activated(runOnce(g.csr, LT_FRACTION(0), g.seeds, key).cascade)).toEqual(
          reachable(g.csr, g.seeds),
        );
      }),
      PROPERTY_RUNS,
    );
  });

  it('adding a seed never shrinks the run (fraction, count and uniform-random rules)', () => {
    fc.assert(
      fc.property(
        graphWithSeeds(14, { weighted: true }),
        phi,
        fc.integer({ min: 1, max: 3 }),
        runKey,
        (g, f, count, key) => {
          const fewer = g.seeds.slice(0, -1);
          if (fewer.length === 0) return;
          for (const spec of [LT_FRACTION(f), LT_COUNT(count), LT_UNIFORM]) {
            const small = activated(runOnce(g.csr, spec, fewer, key).cascade);
            const big = activated(runOnce(g.csr, spec, g.seeds, key).cascade);
            expect(isSubset(small, big)).toBe(true);
          }
        },
      ),
      PROPERTY_RUNS,
    );
  });

  it('lowering φ or the count never shrinks the run', () => {
    fc.assert(
      fc.property(
        graphWithSeeds(14, { weighted: true }),
        phi,
        phi,
        fc.integer({ min: 0, max: 4 }),
        runKey,
        (g, a, b, c, key) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(
            isSubset(
              activated(runOnce(g.csr, LT_FRACTION(hi), g.seeds, key).cascade),
              activated(runOnce(g.csr, LT_FRACTION(lo), g.seeds, key).cascade),
            ),
          ).toBe(true);
          expect(
            isSubset(
              activated(runOnce(g.csr, LT_COUNT(c + 1), g.seeds, key).cascade),
              activated(runOnce(g.csr, LT_COUNT(c), g.seeds, key).cascade),
            ),
          ).toBe(true);
        },
      ),
      PROPERTY_RUNS,
    );
  });

  it('the final state is a fixed point: every non-seed active node meets its rule, no inactive one does', () => {
    // Unweighted, count rule: count active in-neighbours directly.
    fc.assert(
      fc.property(graphWithSeeds(), fc.integer({ min: 1, max: 3 }), runKey, (g, count, key) => {
        const on = activated(runOnce(g.csr, LT_COUNT(count), g.seeds, key).cascade);
        const into = inNeighbours(g.csr);
        for (let v = 0; v < g.n; v++) {
          const active = into[v].filter((u) => on.has(u)).length;
          if (g.seeds.includes(v)) continue;
          expect(on.has(v)).toBe(active >= count);
        }
      }),
      PROPERTY_RUNS,
    );
  });

  it('the fraction rule’s final state is a fixed point on unweighted graphs (share ≥ φ exactly)', () => {
    fc.assert(
      fc.property(graphWithSeeds(), phi, runKey, (g, f, key) => {
        const on = activated(runOnce(g.csr, LT_FRACTION(f), g.seeds, key).cascade);
        const into = inNeighbours(g.csr);
        for (let v = 0; v < g.n; v++) {
          if (g.seeds.includes(v)) continue;
          const active = into[v].filter((u) => on.has(u)).length;
          // Nodes nobody active points at are never tested (so θ = 0 does not light isolated nodes).
          const expected = active > 0 && active / into[v].length >= f;
          expect(on.has(v)).toBe(expected);
        }
      }),
      PROPERTY_RUNS,
    );
  });
});
