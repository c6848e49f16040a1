import { describe, expect, it } from 'vitest';
import type { BuildPhase } from '../../src/experiment/build-watch.ts';
import { createLocalBuilder } from '../../src/experiment/local-builder.ts';
import { type Scenario, validateScenario } from '../../src/scenario/index.ts';

function scenario(extra: Record<string, unknown> = {}): Scenario {
  const result = validateScenario({
    version: 1,
    name: 'phases',
    seed: 8,
    graph: { generator: 'watts-strogatz', nodes: 200, k: 4, beta: 0.1 },
    content: { model: 'independent-cascade', power: 0.3 },
    seeding: { strategy: 'top-degree', count: 2 },
    ...extra,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.scenario;
}

describe('what a local builder says as it builds', () => {
  it('names each phase only when it does that work: a network not built yet, statistics not known, seeds to compute', async () => {
    const phases: BuildPhase[] = [];
    const builder = createLocalBuilder(undefined, { onPhase: (phase) => phases.push(phase) });
    await builder.experiment(scenario(), { stats: true });
    expect(phases).toEqual(['network', 'statistics', 'seeds']);
    phases.length = 0;
    await builder.experiment(scenario({ seeding: { strategy: 'k-core', count: 3 } }), {
      stats: true,
    });
    expect(phases).toEqual(['seeds']);
    phases.length = 0;
    await builder.experiment(scenario({ seeding: { strategy: 'random', count: 3 } }));
    await builder.experiment(scenario({ seeding: { strategy: 'explicit', nodes: [4, 5] } }));
    await builder.network(scenario());
    expect(phases).toEqual([]);
    await builder.network(scenario({ seed: 9 }));
    expect(phases).toEqual(['network']);
  });

  it('tells a request’s onProgress too, and greedy seeding’s estimate and steps', async () => {
    const builder = createLocalBuilder();
    const heard: string[] = [];
    await builder.experiment(scenario({ seeding: { strategy: 'greedy-celf', count: 1 } }), {
      onProgress: ({ phase, greedy }) =>
        heard.push(greedy ? `${phase} ${greedy.done}/${greedy.cost.evaluations}` : phase),
    });
    expect(heard.slice(0, 3)).toEqual(['network', 'seeds', 'seeds 0/200']);
    expect(heard.slice(3)).toEqual(Array.from({ length: 200 }, (_, i) => `seeds ${i + 1}/200`));
  });

  it('refuses a build whose signal is already aborted', async () => {
    const builder = createLocalBuilder();
    await expect(
      builder.experiment(scenario(), { signal: AbortSignal.abort() }),
    ).rejects.toMatchObject({ name: 'AbortError', message: 'The build was cancelled.' });
  });
});
