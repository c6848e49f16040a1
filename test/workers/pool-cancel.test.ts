import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { barabasiAlbert } from '../../src/graph/generators/index.ts';
import type { ModelTask } from '../../src/models/index.ts';
import { createRng } from '../../src/random/rng.ts';
import { buildCsr } from '../../src/sim/csr.ts';
import { EnsemblePool, type WorkerPort } from '../../src/workers/ensemble-pool.ts';
import { runLocally } from '../../src/workers/local-executor.ts';
import type { FromWorker } from '../../src/workers/protocol.ts';

// Large enough that one chunk of 250 runs takes a second or more: a cancel must not wait for it.
const csr = buildCsr(barabasiAlbert({ n: 50_000, m: 3, rng: createRng(6, 'graph') }));
const task = (seed: number, runs: number): ModelTask => ({
  seed,
  runs,
  model: { model: 'independent-cascade', power: 0.5, weighting: 'tie-strength' },
  seeds: { kind: 'random', count: 1, steps: new Int32Array([0]), candidates: null },
  silent: null,
  maxSteps: 10_000,
  globalFraction: 0.1,
});

/** Real worker threads, with every message they send kept. */
const heard: FromWorker[] = [];
const pool = new EnsemblePool((): WorkerPort => {
  const worker = new Worker(new URL('../../src/workers/node-ensemble-worker.mjs', import.meta.url));
  return {
    post: (message) => worker.postMessage(message),
    listen: (onMessage, onFailure) => {
      worker.on('message', (message: FromWorker) => {
        heard.push(message);
        onMessage(message);
      });
      worker.on('error', onFailure);
    },
    terminate: () => void worker.terminate(),
  };
}, 1);
afterAll(() => pool.terminate());

describe('cancelling a job on worker threads', () => {
  it('stops the chunk under way at its next slice, and the freed worker runs the next job', async () => {
    const controller = new AbortController();
    let firstProgress: () => void = () => {};
    const started = new Promise<void>((resolve) => (firstProgress = resolve));
    const long = pool.run(csr, task(1, 2000), {
      signal: controller.signal,
      onProgress: (done) => done > 0 && firstProgress(),
    });
    await started;
    controller.abort();
    await expect(long).rejects.toMatchObject({ name: 'AbortError' });
    const next = await pool.run(csr, task(2, 5));
    expect(next).toEqual(await runLocally(csr, task(2, 5)));
    // The long job's chunk (250 runs) answered "stopped", not with its records.
    const [first] = heard;
    expect(first).toMatchObject({ type: 'progress' });
    const chunk = heard.filter((m) => m.chunkId === first.chunkId);
    expect(chunk.at(-1)).toEqual({ type: 'stopped', chunkId: first.chunkId });
    expect(chunk.every((m) => m.type !== 'records')).toBe(true);
    const done = chunk.flatMap((m) => (m.type === 'progress' ? [m.done] : []));
    expect(Math.max(...done)).toBeLessThan(250);
  });
});
