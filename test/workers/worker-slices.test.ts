import { describe, expect, it } from 'vitest';
import { barabasiAlbert } from '../../src/graph/generators/index.ts';
import type { ModelTask } from '../../src/models/index.ts';
import { createRng } from '../../src/random/rng.ts';
import { buildCsr } from '../../src/sim/csr.ts';
import { createWorkerCore } from '../../src/workers/ensemble-worker-core.ts';
import { runLocally } from '../../src/workers/local-executor.ts';
import type { FromWorker, ToWorker } from '../../src/workers/protocol.ts';

const csr = buildCsr(barabasiAlbert({ n: 300, m: 2, rng: createRng(4, 'graph') }));
const task: ModelTask = {
  seed: 21,
  runs: 400,
  model: { model: 'independent-cascade', power: 0.3, weighting: 'tie-strength' },
  seeds: { kind: 'random', count: 1, steps: new Int32Array([0]), candidates: null },
  silent: null,
  maxSteps: 1000,
  globalFraction: 0.1,
};

/**
 * The worker core with a clock that ticks once per look, so a slice is a few runs whatever the
 * machine: every message it sends is kept, and `next(type)` waits for the next one of a type.
 */
function slicedWorker(sliceTicks: number) {
  let tick = 0;
  const heard: FromWorker[] = [];
  const waiters: { type: FromWorker['type']; resolve: (m: FromWorker) => void }[] = [];
  const core = createWorkerCore(
    (message) => {
      heard.push(message);
      const i = waiters.findIndex((w) => w.type === message.type);
      if (i >= 0) waiters.splice(i, 1)[0].resolve(message);
    },
    { sliceMs: sliceTicks, now: () => tick++ },
  );
  core({ type: 'graph', graphId: 1, csr });
  const runs = (chunkId: number, from: number, to: number): ToWorker => ({
    type: 'runs',
    chunkId,
    graphId: 1,
    taskId: 1,
    task,
    from,
    to,
  });
  const next = (type: FromWorker['type']) =>
    new Promise<FromWorker>((resolve) => waiters.push({ type, resolve }));
  return { core, heard, runs, next };
}

describe('a worker running a chunk in slices', () => {
  it('gives the records it would give in one go, reporting progress between slices', async () => {
    const worker = slicedWorker(4);
    const answer = worker.next('records');
    worker.core(worker.runs(7, 100, 160));
    const records = await answer;
    expect(records).toEqual({
      type: 'records',
      chunkId: 7,
      records: await runLocally(csr, task, { runs: [100, 160] }),
    });
    const progress = worker.heard.filter((m) => m.type === 'progress');
    expect(progress.length).toBeGreaterThan(5);
    expect(progress.every((m, i) => i === 0 || m.done > progress[i - 1].done)).toBe(true);
  });

  it('stops a cancelled chunk at the next slice and says it stopped, with no records', async () => {
    const worker = slicedWorker(4);
    const firstProgress = worker.next('progress');
    const stopped = worker.next('stopped');
    worker.core(worker.runs(3, 0, 400));
    const { done } = (await firstProgress) as Extract<FromWorker, { type: 'progress' }>;
    worker.core({ type: 'cancel', chunkId: 3 });
    expect(await stopped).toEqual({ type: 'stopped', chunkId: 3 });
    expect(worker.heard.some((m) => m.type === 'records')).toBe(false);
    const last = worker.heard.filter((m) => m.type === 'progress').at(-1);
    expect(last).toMatchObject({ done });
    // Free again: the next chunk runs to its end.
    const records = worker.next('records');
    worker.core(worker.runs(4, 0, 10));
    expect(await records).toMatchObject({ chunkId: 4, records: { length: 10 } });
  });

  it('ignores a cancel for a chunk it is not running', async () => {
    const worker = slicedWorker(Number.POSITIVE_INFINITY);
    worker.core(worker.runs(1, 0, 20));
    worker.core({ type: 'cancel', chunkId: 1 });
    const records = worker.next('records');
    worker.core(worker.runs(2, 20, 40));
    expect(await records).toMatchObject({ chunkId: 2 });
    expect(worker.heard.map((m) => m.type)).toEqual(['records', 'records']);
  });
});
