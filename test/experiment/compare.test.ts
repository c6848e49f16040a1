import { describe, expect, it } from 'vitest';
import { BuildError, problemsOf } from '../../src/experiment/build-problems.ts';
import { runComparison } from '../../src/experiment/compare.ts';
import { compareCsv, compareReport } from '../../src/experiment/compare-report.ts';
import { prepareExperiment } from '../../src/experiment/experiment.ts';
import { createLocalBuilder } from '../../src/experiment/local-builder.ts';
import { seedCost } from '../../src/experiment/seed-cost.ts';
import { validateScenario } from '../../src/scenario/index.ts';
import { outDegree } from '../../src/sim/csr.ts';
import { createWorkerBuilder } from '../../src/workers/build/worker-builder.ts';
import { runLocally } from '../../src/workers/local-executor.ts';
import { channelBuildPort } from '../helpers/channel-build-port.ts';
import { smallEr } from './helpers.ts';

const variant = (label: string, seeding: Record<string, unknown>) => ({ label, seeding });

describe('runComparison', () => {
  const scenario = smallEr({
    compare: {
      variants: [
        variant('1 hub', { strategy: 'top-degree', count: 1 }),
        variant('5 random', { strategy: 'random', count: 5 }),
        variant('5 random, again', {
          strategy: 'random',
          count: 5,
          schedule: { type: 'staggered', every: 2 },
        }),
      ],
      cost: { perSeed: 2, perFollower: 0.5 },
    },
  });
  const base = prepareExperiment(scenario);

  it('runs every variant with the same random numbers, so equal seedings give equal runs', async () => {
    const runs = await runComparison(base, scenario.compare!, {
      execute: runLocally,
      build: createLocalBuilder(),
    });
    expect(runs.map((r) => r.label)).toEqual(['1 hub', '5 random', '5 random, again']);
    // The same seeds each run, only later: the independent cascade reaches the same people.
    expect(runs[2].summary.finalSizes).toEqual(runs[1].summary.finalSizes);
    const report = compareReport(runs, scenario.compare!.cost);
    expect(report.verdict).toMatch(/reached the most/);
    expect(report.pairs).toHaveLength(3);
    expect(report.variants[0].seeds).toEqual([{ node: expect.any(String), step: 0 }]);
    const csv = compareCsv(runs).trim().split('\n');
    expect(csv).toHaveLength(4);
    expect(csv[3].startsWith('"5 random, again",5,')).toBe(true);
  });

  it('costs a seed perSeed + perFollower × out-degree, and a fresh random draw by its expectation', () => {
    const cost = { perSeed: 2, perFollower: 0.5 };
    const hub = prepareExperiment({
      ...scenario,
      seeding: { strategy: 'top-degree', count: 1, schedule: { type: 'synchronous' } },
    });
    const nodes = hub.task.seeds.kind === 'fixed' ? hub.task.seeds.nodes : new Int32Array(0);
    expect(seedCost(hub.task.seeds, hub.csr, cost)).toBe(2 + 0.5 * outDegree(hub.csr, nodes[0]));
    const meanDegree = hub.csr.targets.length / hub.csr.n;
    expect(
      seedCost(
        { kind: 'random', count: 5, steps: new Int32Array(5), candidates: null },
        hub.csr,
        cost,
      ),
    ).toBeCloseTo(5 * (2 + 0.5 * meanDegree), 9);
  });

  it('says which variant’s seeding cannot be built, whether built here or in a build worker', async () => {
    const spec = {
      ...scenario.compare!,
      variants: [
        scenario.compare!.variants[0],
        variant('nobody', { strategy: 'explicit', nodes: ['nobody'] }),
      ],
    };
    const checked = validateScenario({ ...scenario, compare: spec });
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    const path = '$.compare.variants[1].seeding.nodes[0]';
    const here = await runComparison(base, checked.scenario.compare!, {
      execute: runLocally,
      build: createLocalBuilder(),
    }).catch((e: unknown) => e);
    expect(problemsOf(here).map((p) => p.path)).toEqual([path]);
    const worker = createWorkerBuilder(channelBuildPort, () => '');
    const there = await runComparison(base, checked.scenario.compare!, {
      execute: runLocally,
      build: worker,
    }).catch((e: unknown) => e);
    expect(there).toBeInstanceOf(BuildError);
    expect(problemsOf(there).map((p) => p.path)).toEqual([path]);
  });
});
