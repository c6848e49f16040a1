import { describe, expect, it } from 'vitest';
import { prepareExperiment } from '../../src/experiment/experiment.ts';
import { seedingModel } from '../../src/models/index.ts';
import { createRng } from '../../src/random/rng.ts';
import { buildCsr } from '../../src/sim/csr.ts';
import { chooseSeeds } from '../../src/sim/seeding/index.ts';
import { smallEr } from './helpers.ts';

/** A triangle {0,1,2} (community 0), a star 3–{4,5,6} (community 1, the larger), and node 7, of unknown community, on 0. */
const csr = buildCsr({
  n: 8,
  directed: false,
  src: Int32Array.of(0, 1, 0, 3, 3, 3, 7),
  dst: Int32Array.of(1, 2, 2, 4, 5, 6, 0),
  weight: null,
});
const community = Int32Array.of(0, 0, 0, 1, 1, 1, 1, -1);
const seeds = (count: number, excluded: Uint8Array | null = null) => [
  ...chooseSeeds(csr, {
    strategy: 'one-community',
    count,
    rng: createRng(1),
    community,
    excluded,
    model: seedingModel({ model: 'independent-cascade', power: 0.1, weighting: 'tie-strength' }),
  }),
];

describe('one-community seeding', () => {
  it('packs the seeds into the largest community, best-connected first', () => {
    expect(seeds(2)).toEqual([3, 4]);
    expect(seeds(4)).toEqual([3, 4, 5, 6]);
  });

  it('fills from the next community, then the unknown, only when the largest runs out', () => {
    expect(seeds(6)).toEqual([3, 4, 5, 6, 0, 1]);
    expect(seeds(8)).toEqual([3, 4, 5, 6, 0, 1, 2, 7]);
    expect(seeds(3, Uint8Array.of(0, 0, 0, 1, 0, 0, 0, 0))).toEqual([4, 5, 6]);
  });

  it('needs communities, and a scenario gets them detected when its network has none', () => {
    expect(() =>
      chooseSeeds(csr, {
        strategy: 'one-community',
        count: 1,
        rng: createRng(1),
        community: null,
        excluded: null,
        model: seedingModel({
          model: 'independent-cascade',
          power: 0.1,
          weighting: 'tie-strength',
        }),
      }),
    ).toThrow(/needs to know each node’s community/);
    const experiment = prepareExperiment(
      smallEr({ seeding: { strategy: 'one-community', count: 5 } }),
    );
    expect(experiment.task.seeds).toMatchObject({ kind: 'fixed' });
    expect(experiment.task.seeds.kind === 'fixed' && experiment.task.seeds.nodes.length).toBe(5);
  });
});
