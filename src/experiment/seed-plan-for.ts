import { detectCommunities, KIND, type Network, nodeLabel } from '../graph/index.ts';
import { type ModelSpec, seedingModel } from '../models/index.ts';
import { createRng } from '../random/rng.ts';
import type { Scenario } from '../scenario/index.ts';
import { type Csr, chooseSeeds, type SeedPlan, seedSteps } from '../sim/index.ts';
import type { BuildWatch } from './build-watch.ts';
import { SeedingError } from './seeding-error.ts';

/**
 * Turns the scenario's seeding into a SeedPlan: a fresh random draw per run (strategy random
 * with resample), or fixed nodes chosen once from the network. Bots are never seeds.
 */
export function seedPlanFor(
  scenario: Scenario,
  network: Network,
  csr: Csr,
  model: ModelSpec,
  watch: BuildWatch = {},
): SeedPlan {
  const seeding = scenario.seeding;
  const eligible = eligibleSeeds(network);
  if (seeding.strategy === 'explicit') {
    const nodes = Int32Array.from(seeding.nodes, (node, i) =>
      resolveNode(network, node, `$.seeding.nodes[${i}]`),
    );
    return { kind: 'fixed', nodes, steps: seedSteps(nodes.length, seeding.schedule) };
  }
  const steps = seedSteps(seeding.count, seeding.schedule);
  if (seeding.strategy === 'random' && seeding.resample) {
    return {
      kind: 'random',
      count: seeding.count,
      steps,
      candidates: eligible.length < network.n ? eligible : null,
    };
  }
  watch.onPhase?.('seeds', scenario);
  const excluded = network.kind.map((k) => (k === KIND.bot ? 1 : 0));
  const byCommunity =
    seeding.strategy === 'one-per-community' || seeding.strategy === 'one-community';
  const community =
    byCommunity && !network.community
      ? detectCommunities(network, createRng(scenario.seed, 'communities'))
      : network.community;
  const nodes = chooseSeeds(csr, {
    strategy: seeding.strategy,
    count: seeding.count,
    rng: createRng(scenario.seed, 'seeding'),
    community,
    excluded,
    silent: excluded,
    model: seedingModel(model),
    celf: { runs: 200, seed: scenario.seed, maxSteps: scenario.run.maxSteps },
    greedy: watch.greedy,
  });
  return { kind: 'fixed', nodes, steps: steps.subarray(0, nodes.length) };
}

function eligibleSeeds(network: Network): Int32Array {
  const out: number[] = [];
  for (let v = 0; v < network.n; v++) if (network.kind[v] !== KIND.bot) out.push(v);
  return Int32Array.from(out);
}

/** A node named by label (text) or index (whole number). */
function resolveNode(network: Network, node: string | number, path: string): number {
  if (typeof node === 'number') {
    if (node < network.n) return node;
    throw new SeedingError(
      `Seed node ${node} does not exist: the network has nodes 0 to ${network.n - 1}.`,
      path,
    );
  }
  if (!network.labels && /^\d+$/.test(node)) return resolveNode(network, Number(node), path);
  const index = network.labels ? network.labels.indexOf(node) : -1;
  if (index >= 0 && nodeLabel(network, index) === node) return index;
  throw new SeedingError(`There is no node labelled "${node}" in the network.`, path);
}
