import {
  barabasiAlbert,
  configurationModel,
  erdosRenyi,
  stochasticBlock,
  wattsStrogatz,
} from '../../../src/graph/generators/index.ts';
import type { Network } from '../../../src/graph/network.ts';
import { runnerFor } from '../../../src/models/index.ts';
import { createRng } from '../../../src/random/rng.ts';
import { buildCsr } from '../../../src/sim/csr.ts';

/** FNV-1a over the edge arrays: equal fingerprints mean equal graphs, edge for edge. */
function fingerprint(network: Network): string {
  let h = 0x811c9dc5;
  const mix = (x: number): void => {
    h = Math.imul(h ^ x, 0x01000193);
  };
  mix(network.n);
  for (let e = 0; e < network.src.length; e++) {
    mix(network.src[e]);
    mix(network.dst[e]);
  }
  return `${network.n}:${network.src.length}:${(h >>> 0).toString(16)}`;
}

/** The same computations in Node and in the browser must give the same strings. */
export function fingerprints(): Record<string, string> {
  const rng = (name: string) => createRng(2024, name);
  const graphs: Record<string, Network> = {
    'erdos-renyi G(n,p)': erdosRenyi({ n: 3000, p: 0.002, rng: rng('er') }),
    'erdos-renyi G(n,m)': erdosRenyi({ n: 3000, m: 5000, directed: true, rng: rng('erm') }),
    'barabasi-albert': barabasiAlbert({ n: 3000, m: 3, rng: rng('ba') }),
    'barabasi-albert directed': barabasiAlbert({ n: 3000, m: 2, directed: true, rng: rng('bad') }),
    'watts-strogatz': wattsStrogatz({ n: 3000, k: 6, beta: 0.1, rng: rng('ws') }),
    'stochastic-block': stochasticBlock({
      sizes: [1000, 1000, 1000],
      pIn: 0.01,
      pOut: 0.0005,
      rng: rng('sbm'),
    }),
    'configuration-model': configurationModel({
      n: 3000,
      exponent: 2.5,
      minDegree: 2,
      rng: rng('cm'),
    }),
  };
  const out = Object.fromEntries(Object.entries(graphs).map(([name, g]) => [name, fingerprint(g)]));
  const runner = runnerFor(buildCsr(graphs['barabasi-albert']), {
    seed: 9,
    runs: 50,
    model: { model: 'sir', power: 0.15, recovery: 0.5, weighting: 'tie-strength' },
    seeds: { kind: 'random', count: 2, steps: new Int32Array(2), candidates: null },
    silent: null,
    maxSteps: 1000,
    globalFraction: 0.1,
  });
  out['sir ensemble'] = JSON.stringify(
    runner.batch(0, 50).map((r) => [r.reach, r.structuralVirality]),
  );
  return out;
}
