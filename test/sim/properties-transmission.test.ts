import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reachable } from '../helpers/graph-walk.ts';
import { graphWithSeeds, PROPERTY_RUNS, power, runKey } from '../helpers/sim-arbitraries.ts';
import { activated, csrFrom, IC, isSubset, runOnce, SIR } from '../helpers/sim-builders.ts';

/*
 * Properties of IC and SIR over small random graphs (≤ 14 nodes, directed and undirected, with
 * repeated edges), random seeds and random run keys; fast-check with a fixed seed, 300 cases each.
 * All are exact consequences of the live-edge coupling: no tolerance.
 */
const gamma = fc.double({ min: 0.05, max: 1, noNaN: true });

describe('transmission models: boundary powers', () => {
  it('power 0 activates only the seeds (IC and SIR)', () => {
    fc.assert(
      fc.property(graphWithSeeds(), runKey, gamma, (g, key, gm) => {
        for (const spec of [IC(0), SIR(0, gm)]) {
          expect(activated(runOnce(g.csr, spec, g.seeds, key).cascade)).toEqual(new Set(g.seeds));
        }
      }),
      PROPERTY_RUNS,
    );
  });

  it('power 1 activates exactly what the seeds can reach (the seeds’ components when undirected)', () => {
    fc.assert(
      fc.property(graphWithSeeds(), runKey, gamma, (g, key, gm) => {
        const expected = reachable(g.csr, g.seeds);
        if (!g.directed) {
          // Undirected: reachability is the union of the seeds' connected components, here
          // computed independently by union–find on the edge list.
          const parent = Array.from({ length: g.n }, (_, i) => i);
          const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x])));
          for (const [u, v] of g.edges) parent[find(u)] = find(v);
          const roots = new Set(g.seeds.map(find));
          const union = new Set(
            Array.from({ length: g.n }, (_, v) => v).filter((v) => roots.has(find(v))),
          );
          expect(expected).toEqual(union);
        }
        for (const spec of [IC(1), SIR(1, gm)])
          expect(activated(runOnce(g.csr, spec, g.seeds, key).cascade)).toEqual(expected);
      }),
      PROPERTY_RUNS,
    );
  });

  it('weighted ties: power 1 with every tie at strength 1 equals the unweighted run', () => {
    fc.assert(
      fc.property(graphWithSeeds(), runKey, power, (g, key, p) => {
        const ones = csrFrom(
          g.n,
          g.directed,
          g.edges.map(([u, v]) => [u, v, 1] as const),
        );
        expect(runOnce(ones, IC(p), g.seeds, key).cascade).toEqual(
          runOnce(g.csr, IC(p), g.seeds, key).cascade,
        );
      }),
      PROPERTY_RUNS,
    );
  });
});

describe('transmission models: monotone coupling under one key', () => {
  it('adding a seed never shrinks the run (IC and SIR)', () => {
    fc.assert(
      fc.property(graphWithSeeds(14, { weighted: true }), power, gamma, runKey, (g, p, gm, key) => {
        const fewer = g.seeds.slice(0, -1);
        if (fewer.length === 0) return;
        for (const spec of [IC(p), SIR(p, gm)]) {
          const small = activated(runOnce(g.csr, spec, fewer, key).cascade);
          const big = activated(runOnce(g.csr, spec, g.seeds, key).cascade);
          expect(isSubset(small, big)).toBe(true);
        }
      }),
      PROPERTY_RUNS,
    );
  });

  it('raising the power never shrinks the run (IC and SIR)', () => {
    fc.assert(
      fc.property(
        graphWithSeeds(14, { weighted: true }),
        power,
        power,
        gamma,
        runKey,
        (g, a, b, gm, key) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          for (const [low, high] of [
            [IC(lo), IC(hi)],
            [SIR(lo, gm), SIR(hi, gm)],
          ]) {
            const small = activated(runOnce(g.csr, low, g.seeds, key).cascade);
            const big = activated(runOnce(g.csr, high, g.seeds, key).cascade);
            expect(isSubset(small, big)).toBe(true);
          }
        },
      ),
      PROPERTY_RUNS,
    );
  });

  it('lowering the recovery never shrinks an SIR run', () => {
    fc.assert(
      fc.property(
        graphWithSeeds(14, { weighted: true }),
        power,
        gamma,
        gamma,
        runKey,
        (g, p, a, b, key) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const short = activated(runOnce(g.csr, SIR(p, hi), g.seeds, key).cascade);
          const long = activated(runOnce(g.csr, SIR(p, lo), g.seeds, key).cascade);
          expect(isSubset(short, long)).toBe(true);
        },
      ),
      PROPERTY_RUNS,
    );
  });

  it('making nodes silent never grows the run', () => {
    fc.assert(
      fc.property(
        graphWithSeeds(14, { weighted: true }).chain((g) =>
          fc.tuple(
            fc.constant(g),
            fc.uint8Array({ minLength: g.n, maxLength: g.n, min: 0, max: 1 }),
          ),
        ),
        power,
        runKey,
        ([g, silent], p, key) => {
          const all = activated(runOnce(g.csr, IC(p), g.seeds, key).cascade);
          const some = runOnce(g.csr, IC(p), g.seeds, key, { silent }).cascade;
          expect(isSubset(activated(some), all)).toBe(true);
          for (const v of activated(some)) if (silent[v]) expect(g.seeds).toContain(v);
        },
      ),
      PROPERTY_RUNS,
    );
  });
});
