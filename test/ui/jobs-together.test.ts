import { afterAll, describe, expect, it } from 'vitest';
import { loadedFiles } from '../../src/experiment/loaded-files.ts';
import { type Scenario, validateScenario } from '../../src/scenario/index.ts';
import { type AppState, initialState } from '../../src/ui/app-state.ts';
import { setAt } from '../../src/ui/controls/scenario-path.ts';
import { SweepController } from '../../src/ui/experiments/sweep-controller.ts';
import { Lab } from '../../src/ui/lab.ts';
import { Store } from '../../src/ui/store.ts';
import { createWorkerBuilder } from '../../src/workers/build/worker-builder.ts';
import { createNodePool } from '../../src/workers/node-pool.ts';
import { channelBuildPort } from '../helpers/channel-build-port.ts';

/** The lab's ensemble, a sweep and the store's subscribers, as the app puts them together. */

const base = (): Scenario => {
  const result = validateScenario({
    version: 1,
    name: 'jobs together',
    seed: 4,
    graph: { generator: 'erdos-renyi', nodes: 1500, meanDegree: 3 },
    content: { model: 'independent-cascade', power: 0.4 },
    seeding: { strategy: 'random', count: 2 },
    run: { runs: 3000 },
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.scenario;
};
const sweepAxis = { parameter: 'content.power', values: [0.2, 0.3, 0.4] };

const pool = createNodePool(2);
afterAll(() => pool.terminate());

async function newApp(onSubscriberError?: (error: unknown) => void) {
  const store = new Store<AppState>(initialState(base()), onSubscriberError);
  const builder = () =>
    createWorkerBuilder(
      channelBuildPort,
      loadedFiles(() => store.get().graphFiles),
    );
  const lab = new Lab(store, pool, builder());
  const sweeps = new SweepController(store, pool, builder());
  expect(await lab.open(base(), 'a test')).toBe(true);
  return { store, lab, sweeps };
}

describe('jobs side by side in the app', () => {
  it('finishes an ensemble and a sweep started together, the ensemble as it is alone', async () => {
    const alone = await newApp();
    await alone.lab.runEnsemble();
    const { store, lab, sweeps } = await newApp();
    const ensemble = lab.runEnsemble();
    const sweep = sweeps.run({ ...base(), run: { ...base().run, runs: 100 } }, sweepAxis, null);
    expect([store.get().ensemble.status, store.get().sweep.status]).toEqual(['running', 'running']);
    await Promise.all([ensemble, sweep]);
    expect(store.get().sweep).toMatchObject({ status: 'done', done: 300, total: 300 });
    expect(store.get().sweep.points.every((p) => p !== null)).toBe(true);
    expect(store.get().ensemble).toMatchObject({ status: 'done', done: 3000, total: 3000 });
    expect(store.get().ensemble.records).toEqual(alone.store.get().ensemble.records);
  });

  it('cancels the sweep and lets the ensemble beside it finish', async () => {
    const { store, lab, sweeps } = await newApp();
    const ensemble = lab.runEnsemble();
    const sweep = sweeps.run({ ...base(), run: { ...base().run, runs: 2000 } }, sweepAxis, null);
    let ensembleWhenCancelled = '';
    const unsubscribe = store.subscribe(({ sweep, ensemble }) => {
      if (sweep.done === 0 || ensembleWhenCancelled) return;
      ensembleWhenCancelled = `${ensemble.status} ${ensemble.done < ensemble.total}`;
      sweeps.cancel();
    });
    await sweep;
    unsubscribe();
    expect(store.get().sweep.status).toBe('cancelled');
    expect(ensembleWhenCancelled).toBe('running true');
    await ensemble;
    expect(store.get().ensemble).toMatchObject({ status: 'done', total: 3000 });
    expect(store.get().ensemble.records).toHaveLength(3000);
  });

  it('answers an edit the store took with no problems, though a subscriber throws on it', async () => {
    const errors: unknown[] = [];
    const { store, lab } = await newApp((error) => errors.push(error));
    store.subscribe(({ scenario }) => {
      if ('power' in scenario.content && scenario.content.power === 0.5)
        throw new Error('a view broke');
    });
    expect(await lab.edit(setAt(lab.target(), ['content', 'power'], 0.5))).toEqual([]);
    expect(store.get().scenario.content).toMatchObject({ power: 0.5 });
    expect(store.get().building).toBe(false);
    expect(errors).toEqual([new Error('a view broke')]);
  });
});
