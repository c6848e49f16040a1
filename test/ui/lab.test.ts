import { afterAll, describe, expect, it } from 'vitest';
import type { ExperimentBuilder } from '../../src/experiment/builder.ts';
import { loadedFiles } from '../../src/experiment/loaded-files.ts';
import { type Scenario, validateScenario } from '../../src/scenario/index.ts';
import { type AppState, initialState } from '../../src/ui/app-state.ts';
import { setAt } from '../../src/ui/controls/scenario-path.ts';
import { Lab } from '../../src/ui/lab.ts';
import { Store } from '../../src/ui/store.ts';
import { createWorkerBuilder } from '../../src/workers/build/worker-builder.ts';
import { createNodePool } from '../../src/workers/node-pool.ts';
import { channelBuildPort } from '../helpers/channel-build-port.ts';

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
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
afterAll(() => {
  for (const p of pools) p.terminate();
});

/** A lab as the app makes it, with its builds done behind a message channel as in the build worker. */
async function newLab(
  pool = pools[0],
  buildMs = 0,
): Promise<{ lab: Lab; store: Store<AppState>; built: Scenario[] }> {
  const store = new Store<AppState>(initialState(scenario()));
  const builder = createWorkerBuilder(
    channelBuildPort,
    loadedFiles(() => store.get().graphFiles),
  );
  const built: Scenario[] = [];
  // Counted, and as slow as asked (a big network), so edits can be made while one is built.
  const counted: ExperimentBuilder = {
    ...builder,
    experiment: async (s, o) => {
      built.push(s);
      if (buildMs) await sleep(buildMs);
      return builder.experiment(s, o);
    },
  };
  const lab = new Lab(store, pool, counted);
  await lab.open(scenario(), 'a test');
  return { lab, store, built };
}

describe('the lab (UI state)', () => {
  it('opens a scenario: network, statistics and the fixed seeds are ready', async () => {
    const { store } = await newLab();
    const state = store.get();
    expect(state.network?.n).toBe(600);
    expect(state.stats?.nodes).toBe(600);
    expect(state.seeds).toHaveLength(2);
    expect(state.problems).toBeNull();
  });

  it('refuses an invalid edit with its problems and changes nothing', async () => {
    const { lab, store } = await newLab();
    const before = store.get();
    const problems = await lab.edit({
      ...before.scenario,
      content: { model: 'independent-cascade', power: 2 },
    });
    expect(problems.map((p) => p.path)).toEqual(['$.content.power']);
    expect(store.get()).toBe(before);
  });

  it('keeps the network when only the content changes, and rebuilds it when the graph does', async () => {
    const { lab, store } = await newLab();
    const network = store.get().network;
    expect(
      await lab.edit({
        ...store.get().scenario,
        content: { model: 'independent-cascade', power: 0.5 },
      }),
    ).toEqual([]);
    expect(store.get().network).toBe(network);
    expect(store.get().scenario.content).toMatchObject({ power: 0.5 });
    expect(
      await lab.edit({
        ...store.get().scenario,
        graph: { generator: 'barabasi-albert', nodes: 700, m: 2 },
      }),
    ).toEqual([]);
    expect(store.get().network).not.toBe(network);
    expect(store.get().network?.n).toBe(700);
  });

  it('toggles seeds by clicking, and will not remove the last one', async () => {
    const { lab, store } = await newLab();
    const [a, b] = Array.from(store.get().seeds!);
    await lab.toggleSeed(a);
    expect(store.get().scenario.seeding).toMatchObject({ strategy: 'explicit', nodes: [b] });
    await lab.toggleSeed(17);
    expect(Array.from(store.get().seeds!)).toEqual([b, 17]);
    await lab.toggleSeed(b);
    await lab.toggleSeed(17);
    expect(Array.from(store.get().seeds!)).toEqual([17]);
    expect(store.get().status).toContain('at least one seed');
  });

  it('runs once reproducibly: the nth run is the same in a fresh lab', async () => {
    const first = await newLab();
    const second = await newLab();
    await first.lab.runOnce();
    await first.lab.runOnce();
    await second.lab.runOnce();
    await second.lab.runOnce();
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
      const { lab, store } = await newLab(pool);
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
    const { lab, store } = await newLab(pools[1]);
    expect(
      await lab.edit({
        ...store.get().scenario,
        run: { runs: 50_000, globalFraction: 0.1, maxSteps: 10_000 },
      }),
    ).toEqual([]);
    const running = lab.runEnsemble();
    lab.cancelEnsemble();
    await running;
    expect(store.get().ensemble).toMatchObject({ status: 'cancelled', summary: null, records: [] });
  });

  it('lists every bad line of a graph file as a problem and keeps what was open', async () => {
    const { lab, store } = await newLab();
    const before = store.get().network;
    const problems = await lab.loadGraphFile('friends.txt', 'ana ben\nben x y z\ncleo dan heavy\n');
    expect(problems.map((p) => p.path)).toEqual(['line 2', 'line 3']);
    expect(store.get().network).toBe(before);
    expect(await lab.loadGraphFile('good.txt', 'ana ben\nben cleo\n')).toEqual([]);
    expect(store.get().network?.labels).toEqual(['ana', 'ben', 'cleo']);
  });
});

describe('the lab while builds are under way (they take time in the build worker)', () => {
  it('builds only the newest of quick edits, and each edit starts from the ones before it', async () => {
    const { lab, store, built } = await newLab();
    const before = built.length;
    // A slider dragged through four values, then another field changed, all before any build is done.
    const edits = [0.31, 0.32, 0.33, 0.34].map((power) =>
      lab.edit(setAt(lab.target(), ['content', 'power'], power)),
    );
    edits.push(lab.edit(setAt(lab.target(), ['seeding', 'count'], 3)));
    expect(store.get().building).toBe(true);
    expect(await Promise.all(edits)).toEqual([[], [], [], [], []]);
    expect(built.length - before).toBe(1);
    expect(store.get().scenario.content).toMatchObject({ power: 0.34 });
    expect(store.get().seeds).toHaveLength(3);
    expect(store.get().building).toBe(false);
    expect(lab.target()).toBe(store.get().scenario);
  });

  it('adds both seeds of two clicks made faster than the builds', async () => {
    const { lab, store } = await newLab();
    const chosen = Array.from(store.get().seeds!);
    await Promise.all([lab.toggleSeed(17), lab.toggleSeed(18)]);
    expect(Array.from(store.get().seeds!)).toEqual([...chosen, 17, 18]);
  });

  it('runs once on the set-up being built when Run is pressed, not on the one before', async () => {
    const { lab, store } = await newLab();
    void lab.edit(setAt(lab.target(), ['content', 'power'], 0.9));
    await lab.runOnce();
    expect(lab.current()?.scenario.content).toMatchObject({ power: 0.9 });
    const fresh = await newLab();
    await fresh.lab.edit(setAt(fresh.lab.target(), ['content', 'power'], 0.9));
    await fresh.lab.runOnce();
    expect(store.get().single?.observables).toEqual(fresh.store.get().single?.observables);
  });

  it('runs an ensemble asked for during a build on the new set-up, rather than cancelling it', async () => {
    const { lab, store } = await newLab();
    void lab.edit(setAt(lab.target(), ['run', 'runs'], 30));
    await lab.runEnsemble();
    expect(store.get().ensemble).toMatchObject({ status: 'done', total: 30 });
  });

  it('cancels an ensemble waiting for a build at once, and the build (the edit) goes on', async () => {
    const { lab, store } = await newLab(pools[0], 1500);
    const edit = lab.edit(setAt(lab.target(), ['run', 'runs'], 30));
    let editAnswered = false;
    void edit.then(() => {
      editAnswered = true;
    });
    const running = lab.runEnsemble();
    lab.cancelEnsemble();
    await running;
    expect(editAnswered).toBe(false);
    expect(store.get().ensemble).toMatchObject({ status: 'cancelled', records: [] });
    expect(await edit).toEqual([]);
    expect(store.get().scenario.run.runs).toBe(30);
  });

  it('keeps what was open when a build fails, and the next edit starts from it', async () => {
    const { lab, store } = await newLab();
    const before = store.get();
    const problems = await lab.edit({
      ...before.scenario,
      seeding: { strategy: 'explicit', nodes: ['nobody'], schedule: { type: 'synchronous' } },
    });
    expect(problems.map((p) => p.path)).toEqual(['$.seeding.nodes[0]']);
    expect(problems[0].message).toContain('no node labelled "nobody"');
    expect(store.get().network).toBe(before.network);
    expect(store.get().building).toBe(false);
    expect(lab.target()).toBe(before.scenario);
  });

  it('answers an edit folded into a newer one that fails with the newer one’s problems, and applies neither', async () => {
    const { lab, store } = await newLab();
    const seeds = lab.edit(
      setAt(lab.target(), ['seeding'], {
        strategy: 'explicit',
        nodes: ['nobody'],
        schedule: { type: 'synchronous' },
      }),
    );
    const power = lab.edit(setAt(lab.target(), ['content', 'power'], 0.5));
    const [first, second] = await Promise.all([seeds, power]);
    expect(first.map((p) => p.path)).toEqual(['$.seeding.nodes[0]']);
    expect(second).toEqual(first);
    expect(store.get().scenario.content).toMatchObject({ power: 0.3 });
    expect(lab.target()).toBe(store.get().scenario);
  });

  it('keeps a good graph file when a broken one of the same name is loaded, so later edits still build', async () => {
    const { lab, store } = await newLab();
    expect(await lab.loadGraphFile('friends.txt', 'ana ben\nben cleo\n')).toEqual([]);
    const network = store.get().network;
    expect(
      (await lab.loadGraphFile('friends.txt', 'ana ben\nben x y z\n')).map((p) => p.path),
    ).toEqual(['line 2']);
    expect(await lab.edit(setAt(lab.target(), ['content', 'power'], 0.5))).toEqual([]);
    expect(store.get().network?.labels).toEqual(network?.labels);
    expect(store.get().scenario.content).toMatchObject({ power: 0.5 });
  });

  it('runs an ensemble pressed between two edits on the newer one, and does not cancel it', async () => {
    const { lab, store } = await newLab();
    void lab.edit(setAt(lab.target(), ['run', 'runs'], 30));
    const running = lab.runEnsemble();
    void lab.edit(setAt(lab.target(), ['run', 'runs'], 40));
    await running;
    expect(store.get().ensemble).toMatchObject({ status: 'done', total: 40 });
  });

  it('says why a clicked seed is refused, even while another edit is being built', async () => {
    const { lab, store } = await newLab();
    const smaller = lab.edit(setAt(lab.target(), ['graph', 'nodes'], 100));
    await lab.toggleSeed(500);
    expect(store.get().status).toMatch(/500/);
    expect(await smaller).toEqual([]);
    expect(store.get().network?.n).toBe(100);
  });

  it('gives an edit overtaken while it was being built the answer of the edit that overtook it', async () => {
    const { lab, store } = await newLab(pools[0], 40);
    const power = lab.edit(setAt(lab.target(), ['content', 'power'], 0.5));
    await sleep(10); // its build is under way
    const seeds = lab.edit(
      setAt(lab.target(), ['seeding'], {
        strategy: 'explicit',
        nodes: ['nobody'],
        schedule: { type: 'synchronous' },
      }),
    );
    const [first, second] = await Promise.all([power, seeds]);
    expect(second.map((p) => p.path)).toEqual(['$.seeding.nodes[0]']);
    expect(first).toEqual(second);
    expect(store.get().scenario.content).toMatchObject({ power: 0.3 });
    expect(store.get().building).toBe(false);
  });

  it('keeps the later of two graph files loaded in quick succession, and builds on it', async () => {
    const { lab, store } = await newLab(pools[0], 20);
    const broken = lab.loadGraphFile('bad.txt', 'ana ben\nben\n');
    const good = lab.loadGraphFile('good.txt', 'ana ben\nben cleo\n');
    await Promise.all([broken, good]);
    expect(store.get().scenario.graph).toMatchObject({ generator: 'file', path: 'good.txt' });
    expect(store.get().graphFiles.get('good.txt')).toBe('ana ben\nben cleo\n');
    expect(await lab.edit(setAt(lab.target(), ['content', 'power'], 0.5))).toEqual([]);
  });
});
