import { afterAll, describe, expect, it } from 'vitest';
import { validateScenario, type Scenario } from '../../src/scenario/index.ts';
import { initialState, type AppState } from '../../src/ui/app-state.ts';
import { Lab } from '../../src/ui/lab.ts';
import { Store } from '../../src/ui/store.ts';
import { createNodePool } from '../../src/workers/node-pool.ts';

function scenario(overrides: Record<string, unknown> = {}): Scenario {
  const result = validateScenario({
    version: 1,
    name: 'lab test',
    seed: 3,
    graph: { generator: 'barabasi-albert', nodes: 600, m: 2 },
    content: { model: 'independent-cascade', power: 0.3 },
    seeding: { strategy: 'top-degree', count: 2 },
    run: { runs: 120 },
    ...overrides,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.scenario;
}

const pools = [createNodePool(1), createNodePool(4)];
afterAll(() => pools.forEach((p) => p.terminate()));

function newLab(pool = pools[0]): { lab: Lab; store: Store<AppState> } {
  const store = new Store<AppState>(initialState(scenario()));
  const lab = new Lab(store, pool);
  lab.open(scenario(), 'a test');
  return { lab, store };
}

describe('the lab (UI state)', () => {
  it('opens a scenario: network, statistics and the fixed seeds are ready', () => {
    const { store } = newLab();
    const state = store.get();
    expect(state.network?.n).toBe(600);
    expect(state.stats?.nodes).toBe(600);
    expect(state.seeds).toHaveLength(2);
    expect(state.problems).toBeNull();
  });

  it('refuses an invalid edit with its problems and changes nothing', () => {
    const { lab, store } = newLab();
    const before = store.get();
    const problems = lab.edit({ ...before.scenario, content: { model: 'independent-cascade', power: 2 } });
    expect(problems.map((p) => p.path)).toEqual(['$.content.power']);
    expect(store.get()).toBe(before);
  });

  it('keeps the network when only the content changes, and rebuilds it when the graph does', () => {
    const { lab, store } = newLab();
    const network = store.get().network;
    expect(lab.edit({ ...store.get().scenario, content: { model: 'independent-cascade', power: 0.5 } })).toEqual([]);
    expect(store.get().network).toBe(network);
    expect(store.get().scenario.content).toMatchObject({ power: 0.5 });
    expect(lab.edit({ ...store.get().scenario, graph: { generator: 'barabasi-albert', nodes: 700, m: 2 } })).toEqual([]);
    expect(store.get().network).not.toBe(network);
    expect(store.get().network?.n).toBe(700);
  });

  it('toggles seeds by clicking, and will not remove the last one', () => {
    const { lab, store } = newLab();
    const [a, b] = Array.from(store.get().seeds!);
    lab.toggleSeed(a);
    expect(store.get().scenario.seeding).toMatchObject({ strategy: 'explicit', nodes: [b] });
    lab.toggleSeed(17);
    expect(Array.from(store.get().seeds!)).toEqual([b, 17]);
    lab.toggleSeed(b);
    lab.toggleSeed(17);
    expect(Array.from(store.get().seeds!)).toEqual([17]);
    expect(store.get().status).toContain('at least one seed');
  });

  it('runs once reproducibly: the nth run is the same in a fresh lab', () => {
    const first = newLab();
    const second = newLab();
    first.lab.runOnce();
    first.lab.runOnce();
    second.lab.runOnce();
    second.lab.runOnce();
    const a = first.store.get().single!;
    const b = second.store.get().single!;
    expect(a.run).toBe(1);
    expect(a.observables).toEqual(b.observables);
    expect(Array.from(a.cascade.step)).toEqual(Array.from(b.cascade.step));
    expect(first.store.get().playing).toBe(true);
  });

  it('gives the same ensemble on 1 or 4 workers, reporting progress on the way', async () => {
    const summaries: string[] = [];
    for (const pool of pools) {
      const { lab, store } = newLab(pool);
      const progress: number[] = [];
      store.subscribe((s) => progress.push(s.ensemble.done));
      await lab.runEnsemble();
      expect(store.get().ensemble.status).toBe('done');
      expect(Math.max(...progress)).toBe(120);
      summaries.push(JSON.stringify(store.get().ensemble.summary));
    }
    expect(summaries[1]).toBe(summaries[0]);
  });

  it('cancels an ensemble, keeping no partial results', async () => {
    const { lab, store } = newLab(pools[1]);
    expect(lab.edit({ ...store.get().scenario, run: { runs: 50_000, globalFraction: 0.1, maxSteps: 10_000 } })).toEqual([]);
    const running = lab.runEnsemble();
    lab.cancelEnsemble();
    await running;
    expect(store.get().ensemble).toMatchObject({ status: 'cancelled', summary: null, records: [] });
  });

  it('lists every bad line of a graph file as a problem and keeps what was open', () => {
    const { lab, store } = newLab();
    const before = store.get().network;
    const problems = lab.loadGraphFile('friends.txt', 'ana ben\nben\ncleo dan heavy\n');
    expect(problems.map((p) => p.path)).toEqual(['line 2', 'line 3']);
    expect(store.get().network).toBe(before);
    expect(lab.loadGraphFile('good.txt', 'ana ben\nben cleo\n')).toEqual([]);
    expect(store.get().network?.labels).toEqual(['ana', 'ben', 'cleo']);
  });
});
