import { afterAll, describe, expect, it } from 'vitest';
import type { BuildOptions, ExperimentBuilder } from '../../src/experiment/builder.ts';
import { abortError } from '../../src/experiment/index.ts';
import { createLocalBuilder } from '../../src/experiment/local-builder.ts';
import { type Scenario, validateScenario } from '../../src/scenario/index.ts';
import { type AppState, initialState } from '../../src/ui/app-state.ts';
import { setAt } from '../../src/ui/controls/scenario-path.ts';
import { Lab } from '../../src/ui/lab.ts';
import { Store } from '../../src/ui/store.ts';
import { createNodePool } from '../../src/workers/node-pool.ts';

function scenario(): Scenario {
  const result = validateScenario({
    version: 1,
    name: 'cancel a build',
    seed: 2,
    graph: { generator: 'barabasi-albert', nodes: 300, m: 2 },
    content: { model: 'independent-cascade', power: 0.3 },
    seeding: { strategy: 'top-degree', count: 2 },
    run: { runs: 40 },
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.scenario;
}

const pool = createNodePool(1);
afterAll(() => pool.terminate());

/**
 * A lab whose builder builds at once, except for greedy seeding, which never ends by itself:
 * it reports that it started and then waits for its cancel, as a long search in the worker does.
 */
async function newLab() {
  const store = new Store<AppState>(initialState(scenario()));
  const local = createLocalBuilder();
  let started: () => void = () => {};
  const greedyStarted = new Promise<void>((resolve) => (started = resolve));
  const builder: ExperimentBuilder = {
    network: local.network,
    experiment: (s, options: BuildOptions = {}) => {
      if (s.seeding.strategy !== 'greedy-celf') return local.experiment(s, options);
      options.onProgress?.({ phase: 'seeds', greedy: null });
      started();
      return new Promise((_, reject) =>
        options.signal?.addEventListener('abort', () =>
          reject(abortError('The build was cancelled.')),
        ),
      );
    },
  };
  const lab = new Lab(store, pool, builder);
  await lab.open(scenario(), 'a test');
  return { lab, store, greedyStarted };
}

describe('cancelling the build under way in the lab', () => {
  it('leaves the set-up as it was, answers the edit “not applied”, and is idle again', async () => {
    const { lab, store, greedyStarted } = await newLab();
    const before = store.get();
    const edit = lab.edit(setAt(lab.target(), ['seeding', 'strategy'], 'greedy-celf'));
    await greedyStarted;
    expect(store.get()).toMatchObject({ building: true, buildProgress: { phase: 'seeds' } });
    lab.cancelBuild();
    const problems = await edit;
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toBe('Cancelled before it was built: the set-up is as it was.');
    expect(store.get()).toMatchObject({
      building: false,
      buildProgress: null,
      status: 'Cancelled before it was built: the set-up is as it was.',
    });
    expect(store.get().scenario).toBe(before.scenario);
    expect(store.get().network).toBe(before.network);
    expect(lab.target()).toBe(before.scenario);
    // Idle: the next edit builds as usual.
    expect(await lab.edit(setAt(lab.target(), ['seeding', 'count'], 3))).toEqual([]);
    expect(store.get().seeds).toHaveLength(3);
  });

  it('cancels an ensemble that was waiting for the cancelled build, rather than run it on the old set-up', async () => {
    const { lab, store, greedyStarted } = await newLab();
    void lab.edit(setAt(lab.target(), ['seeding', 'strategy'], 'greedy-celf'));
    const ensemble = lab.runEnsemble();
    await greedyStarted;
    expect(store.get().ensemble.status).toBe('running');
    lab.cancelBuild();
    await ensemble;
    expect(store.get().ensemble).toMatchObject({ status: 'cancelled', summary: null });
    expect(store.get().building).toBe(false);
  });

  it('does nothing when no build is under way', async () => {
    const { lab, store } = await newLab();
    const before = store.get();
    lab.cancelBuild();
    expect(store.get()).toBe(before);
  });
});
