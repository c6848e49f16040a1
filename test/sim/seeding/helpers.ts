import { type ModelSpec, seedingModel } from '../../../src/models/index.ts';
import { createRng } from '../../../src/random/rng.ts';
import { buildCsr, type Csr } from '../../../src/sim/csr.ts';
import type { SeedingOptions, SeedingStrategyName } from '../../../src/sim/seeding/index.ts';

/** A CSR from an edge list (undirected unless said otherwise). */
export function csrOf(
  n: number,
  edges: ReadonlyArray<readonly [number, number]>,
  directed = false,
): Csr {
  return buildCsr({
    n,
    directed,
    src: Int32Array.from(edges, (e) => e[0]),
    dst: Int32Array.from(edges, (e) => e[1]),
    weight: null,
  });
}

export const ic = (power: number): ModelSpec => ({
  model: 'independent-cascade',
  power,
  weighting: 'tie-strength',
});

/** Options with no communities, no exclusions and IC at power 0.1, overridable. */
export function seeding(
  strategy: SeedingStrategyName,
  count: number,
  {
    model = ic(0.1),
    ...extra
  }: Partial<Omit<SeedingOptions, 'model'>> & { model?: ModelSpec } = {},
): SeedingOptions {
  return {
    strategy,
    count,
    rng: createRng('seeding-test'),
    community: null,
    excluded: null,
    model: seedingModel(model),
    ...extra,
  };
}

/** A star: hub 0 linked to leaves 1..leaves. */
export function star(leaves: number): Array<[number, number]> {
  return Array.from({ length: leaves }, (_, i) => [0, i + 1] as [number, number]);
}

/** All pairs among `nodes`. */
export function clique(nodes: readonly number[]): Array<[number, number]> {
  return nodes.flatMap((u, i) => nodes.slice(i + 1).map((v) => [u, v] as [number, number]));
}
