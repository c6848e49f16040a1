import { describe, expect, it } from 'vitest';
import { barabasiAlbert } from '../../src/graph/generators/index.ts';
import type { ModelSpec, ModelTask } from '../../src/models/index.ts';
import { createRng } from '../../src/random/rng.ts';
import { buildCsr } from '../../src/sim/csr.ts';
import { runLocally } from '../../src/workers/local-executor.ts';
import type { ToWorker } from '../../src/workers/protocol.ts';
import { type ManualWorker, manualPool } from '../helpers/manual-workers.ts';

/**
 * How the pool shares its workers between jobs, with workers run by hand (the real worker core,
 * but each chunk finishes only when the test says), so every order here is exact.
 */

const csr = buildCsr(barabasiAlbert({ n: 300, m: 2, rng: createRng(8, 'graph') }));
const otherCsr = buildCsr(barabasiAlbert({ n: 200, m: 3, rng: createRng(9, 'graph') }));
/** 400 runs on 2 workers: 16 chunks of 25. */
const task = (seed: number, runs = 400): ModelTask => ({
  seed,
  runs,
  model: { model: 'independent-cascade', power: 0.3, weighting: 'tie-strength' },
  seeds: { kind: 'random', count: 2, steps: new Int32Array([0, 0]), candidates: null },
  silent: null,
  maxSteps: 1000,
  globalFraction: 0.1,
});

/** The seed of the task whose chunk the worker holds, or null when it is free. */
const holding = (worker: ManualWorker): number | null =>
  worker.pending()?.task.seed === undefined ? null : Number(worker.pending()!.task.seed);

/** Finishes chunks, worker by worker in turn, until none is left. */
function drain(workers: readonly ManualWorker[]): void {
  while (workers.some((w) => w.pending())) for (const w of workers) if (w.pending()) w.finish();
}

const ofType = <T extends ToWorker['type']>(worker: ManualWorker, type: T) =>
  worker.posted.filter((m): m is Extract<ToWorker, { type: T }> => m.type === type);

describe('the pool with two jobs at once (workers run by hand)', () => {
  it('gives a job started beside another the next free worker, then shares the workers evenly', async () => {
    const { pool, workers } = manualPool(2);
    const a = pool.run(csr, task(1));
    expect(workers.map(holding)).toEqual([1, 1]);
    const b = pool.run(csr, task(2));
    // Both workers are busy with A: B waits for the first one free, and gets it.
    expect(workers.map(holding)).toEqual([1, 1]);
    workers[0].finish();
    expect(workers.map(holding)).toEqual([2, 1]);
    // From then on each job has one chunk out, so each worker stays with its job.
    for (let round = 0; round < 4; round++) {
      workers[1].finish();
      workers[0].finish();
      expect(workers.map(holding)).toEqual([2, 1]);
    }
    drain(workers);
    expect(await a).toEqual(await runLocally(csr, task(1)));
    expect(await b).toEqual(await runLocally(csr, task(2)));
  });

  it('takes turns on a single worker', async () => {
    const { pool, workers } = manualPool(1);
    const a = pool.run(csr, task(1, 200));
    const b = pool.run(csr, task(2, 200));
    const order: (number | null)[] = [];
    while (workers[0].pending()) {
      order.push(holding(workers[0]));
      workers[0].finish();
    }
    expect(order.slice(0, 6)).toEqual([1, 2, 1, 2, 1, 2]);
    expect(await a).toEqual(await runLocally(csr, task(1, 200)));
    expect(await b).toEqual(await runLocally(csr, task(2, 200)));
  });

  it('cancels one job at once, drops its chunks still out, and keeps every worker for the other', async () => {
    const { pool, workers } = manualPool(2);
    const controller = new AbortController();
    const progressOfA: number[] = [];
    const a = pool.run(csr, task(1), {
      signal: controller.signal,
      onProgress: (done) => progressOfA.push(done),
    });
    const b = pool.run(csr, task(2));
    workers[0].finish(); // worker 0 → B, worker 1 still on A
    expect(workers.map(holding)).toEqual([2, 1]);
    controller.abort();
    await expect(a).rejects.toMatchObject({ name: 'AbortError' });
    const heard = progressOfA.length;
    workers[1].finish(); // A's last chunk out comes back: dropped, and the worker goes to B
    expect(progressOfA).toHaveLength(heard);
    expect(workers.map(holding)).toEqual([2, 2]);
    drain(workers);
    expect(await b).toEqual(await runLocally(csr, task(2)));
    expect(workers.some((w) => w.terminated)).toBe(false);
    expect(workers).toHaveLength(2);
  });

  it('fails only the job whose chunk fails, and the job of a lost thread, replacing the thread', async () => {
    const { pool, workers } = manualPool(2);
    const broken = { ...task(1), model: { model: 'none' } as unknown as ModelSpec };
    const failing = pool.run(csr, broken);
    const good = pool.run(csr, task(2));
    const lost = pool.run(csr, task(3));
    workers[0].finish(); // the broken task's chunk throws in the worker
    await expect(failing).rejects.toThrow();
    // Worker 0 now runs B; worker 1 (still on the broken task) frees and takes C.
    workers[1].finish();
    expect(workers.map(holding)).toEqual([2, 3]);
    workers[1].crash(new Error('out of memory'));
    await expect(lost).rejects.toThrow('out of memory');
    expect(workers[1].terminated).toBe(true);
    expect(workers).toHaveLength(3); // a fresh thread in its place, given B's next chunk
    expect(workers[2].pending()?.task.seed).toBe(2);
    drain(workers);
    expect(await good).toEqual(await runLocally(csr, task(2)));
  });

  it('answers a job of no runs at once, starting no worker', async () => {
    const { pool, workers } = manualPool(2);
    expect(await pool.run(csr, task(1), { runs: [40, 40] })).toEqual([]);
    expect(workers).toHaveLength(0);
  });

  it('starts only as many threads as a job has chunks', async () => {
    const { pool, workers } = manualPool(4);
    const one = pool.run(csr, task(1), { runs: [0, 1] });
    expect(workers).toHaveLength(1);
    drain(workers);
    expect(await one).toEqual(await runLocally(csr, task(1), { runs: [0, 1] }));
  });

  it('sends a worker each network once while its jobs run, and then keeps only the one it last used', async () => {
    const { pool, workers } = manualPool(2);
    const a = pool.run(csr, task(1));
    const b = pool.run(otherCsr, task(2));
    drain(workers);
    await Promise.all([a, b]);
    for (const worker of workers) {
      const sent = ofType(worker, 'graph').map((m) => m.graphId);
      expect(new Set(sent).size).toBe(sent.length);
    }
    expect(workers.some((w) => held(w).size === 2)).toBe(true);
    // A job on a third network: the two finished jobs' networks are forgotten.
    const third = buildCsr(barabasiAlbert({ n: 50, m: 2, rng: createRng(1, 'graph') }));
    const c = pool.run(third, task(3, 100));
    drain(workers);
    await c;
    const thirdId = ofType(workers[0], 'graph').at(-1)!.graphId;
    for (const worker of workers) expect([...held(worker)]).toEqual([thirdId]);
    // The next ensemble on that network (a sweep's next point, say) finds it there.
    const sends = workers.map((w) => ofType(w, 'graph').length);
    const d = pool.run(third, task(4, 100));
    drain(workers);
    await d;
    expect(workers.map((w) => ofType(w, 'graph').length)).toEqual(sends);
  });
});

/** The networks a worker holds: those sent and not forgotten since. */
function held(worker: ManualWorker): Set<number> {
  const graphs = new Set<number>();
  for (const m of worker.posted) {
    if (m.type === 'graph') graphs.add(m.graphId);
    if (m.type === 'forget') graphs.delete(m.graphId);
  }
  return graphs;
}
