import { describe, expect, it } from 'vitest';
import { barabasiAlbert, erdosRenyi } from '../../src/graph/generators/index.ts';
import { type ModelSpec, type ModelTask, runnerFor } from '../../src/models/index.ts';
import { createRng, type Seed } from '../../src/random/rng.ts';
import { buildCsr, type Csr } from '../../src/sim/csr.ts';
import type { RunRecord } from '../../src/sim/ensemble.ts';
import { summarizeEnsemble } from '../../src/sim/ensemble-summary.ts';
import { IC, LT_UNIFORM, SIR } from '../helpers/sim-builders.ts';

/*
 * The determinism contract (DESIGN §4): run i depends on (scenario seed, i) only, so any split of
 * the runs over batches, orders and fresh runners gives bit-identical records and summaries.
 */
const RUNS = 60;
const graph: Csr = buildCsr(barabasiAlbert({ n: 600, m: 2, rng: createRng('det', 'graph') }));

function task(model: ModelSpec, seed: Seed = 42, randomSeeds = true): ModelTask {
  const silent = new Uint8Array(graph.n);
  for (let v = 0; v < graph.n; v += 13) silent[v] = 1;
  return {
    seed,
    runs: RUNS,
    model,
    seeds: randomSeeds
      ? { kind: 'random', count: 3, steps: Int32Array.from([0, 0, 2]), candidates: null }
      : { kind: 'fixed', nodes: Int32Array.from([0, 5]), steps: Int32Array.from([0, 1]) },
    silent,
    maxSteps: 10_000,
    globalFraction: 0.1,
  };
}

const MODELS: Array<[string, ModelSpec]> = [
  ['IC', IC(0.3)],
  ['SIR', SIR(0.2, 0.4)],
  ['LT uniform', LT_UNIFORM],
];

describe.each(MODELS)('%s ensembles', (_name, model) => {
  it('give bit-identical records for the same task and seed (fresh runners)', () => {
    const a = runnerFor(graph, task(model)).batch(0, RUNS);
    const b = runnerFor(graph, task(model)).batch(0, RUNS);
    expect(b).toEqual(a);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('give the same records and summary however runs are split into batches, in any order', () => {
    const whole = runnerFor(graph, task(model)).batch(0, RUNS);
    const wholeSummary = summarizeEnsemble(whole, graph.n, 0.1);
    const splits: Array<[number, number]> = [
      [1, 59],
      [17, 18],
      [30, 45],
      [0, 60],
    ];
    for (const [a, b] of splits) {
      const ranges: Array<[number, number]> = [
        [b, RUNS],
        [0, a],
        [a, b],
      ]; // deliberately out of order, each on a fresh runner
      const parts: RunRecord[] = [];
      for (const [from, to] of ranges) parts.push(...runnerFor(graph, task(model)).batch(from, to));
      const byRun = [...parts].sort((x, y) => x.run - y.run);
      expect(byRun).toEqual(whole);
      const summary = summarizeEnsemble(parts, graph.n, 0.1);
      expect(summary).toEqual(wholeSummary);
      expect(JSON.stringify(summary)).toBe(JSON.stringify(wholeSummary));
    }
  });

  it('give run i the same record whether run alone, after other runs, or in a reused runner', () => {
    const runner = runnerFor(graph, task(model));
    const all = runner.batch(0, RUNS);
    const again = runner.batch(0, RUNS); // same runner, dirty workspace
    expect(again).toEqual(all);
    for (const i of [0, 7, 59]) expect(runnerFor(graph, task(model)).record(i)).toEqual(all[i]);
    // inspect(i) replays the same run as record(i).
    const { cascade: c, record } = runner.inspect(7);
    expect(c.size).toBe(all[7].reach);
    expect(record).toEqual(all[7]);
  });

  it('give different results for different scenario seeds', () => {
    const a = summarizeEnsemble(runnerFor(graph, task(model, 42)).batch(0, RUNS), graph.n, 0.1);
    const b = summarizeEnsemble(runnerFor(graph, task(model, 43)).batch(0, RUNS), graph.n, 0.1);
    expect(b.finalSizes).not.toEqual(a.finalSizes);
    // Fixed seeds too: only the coins differ, and they must.
    const c = runnerFor(graph, task(model, 42, false))
      .batch(0, RUNS)
      .map((r) => r.reach);
    const d = runnerFor(graph, task(model, 'other', false))
      .batch(0, RUNS)
      .map((r) => r.reach);
    expect(d).not.toEqual(c);
  });
});

describe('ensemble runs are not copies of each other', () => {
  it('different runs of one task draw different keys (most final sizes differ from run 0)', () => {
    const csr = buildCsr(erdosRenyi({ n: 2000, p: 3 / 2000, rng: createRng('det-er') }));
    const t: ModelTask = {
      seed: 1,
      runs: 40,
      model: IC(0.5),
      seeds: { kind: 'fixed', nodes: Int32Array.from([0]), steps: Int32Array.from([0]) },
      silent: null,
      maxSteps: 10_000,
      globalFraction: 0.1,
    };
    const sizes = runnerFor(csr, t)
      .batch(0, 40)
      .map((r) => r.reach);
    expect(new Set(sizes).size).toBeGreaterThan(5);
  });

  it('summaries are consistent with their records', () => {
    const records = runnerFor(graph, task(IC(0.3))).batch(0, RUNS);
    const s = summarizeEnsemble(records, graph.n, 0.1);
    expect(s.runs).toBe(RUNS);
    expect(s.finalSizes).toEqual(records.map((r) => r.reach));
    const minReach = Math.ceil(0.1 * graph.n);
    expect(s.pGlobal.minReach).toBe(minReach);
    expect(s.pGlobal.value).toBe(records.filter((r) => r.reach >= minReach).length / RUNS);
    expect(s.sizeHistogram.counts.reduce((a, b) => a + b, 0)).toBe(RUNS);
    expect(s.reach.mean).toBeCloseTo(records.reduce((a, r) => a + r.reach, 0) / RUNS, 9);
    // Timeline: mean cumulative reach ends at the mean final size; bands are ordered.
    const last = s.timeline.mean.length - 1;
    expect(s.timeline.mean[last]).toBeCloseTo(s.reach.mean, 9);
    for (let t = 0; t <= last; t++) {
      expect(s.timeline.p05[t]).toBeLessThanOrEqual(s.timeline.p95[t]);
      if (t > 0) expect(s.timeline.mean[t]).toBeGreaterThanOrEqual(s.timeline.mean[t - 1]);
    }
  });
});
