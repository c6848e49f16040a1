import { afterAll, describe, expect, it } from 'vitest';
import { barabasiAlbert } from '../../src/graph/generators/index.ts';
import type { ModelTask } from '../../src/models/index.ts';
import { createRng } from '../../src/random/rng.ts';
import { buildCsr } from '../../src/sim/csr.ts';
import { summarizeEnsemble } from '../../src/sim/ensemble-summary.ts';
import { runLocally } from '../../src/workers/local-executor.ts';
import { createNodePool } from '../../src/workers/node-pool.ts';

const network = barabasiAlbert({ n: 2000, m: 2, rng: createRng(5, 'graph') });
const csr = buildCsr(network);
const task: ModelTask = {
  seed: 11,
  runs: 300,
  model: { model: 'sir', power: 0.2, recovery: 0.6, weighting: 'tie-strength' },
  seeds: { kind: 'random', count: 2, steps: new Int32Array([0, 3]), candidates: null },
  silent: null,
  maxSteps: 1000,
  globalFraction: 0.1,
};

describe('worker pool', () => {
  const pools = [createNodePool(1), createNodePool(4)];
  afterAll(() => {
    for (const p of pools) p.terminate();
  });

  it('gives records identical to one thread, with 1 or 4 workers', async () => {
    const local = await runLocally(csr, task);
    for (const pool of pools) {
      const progress: number[] = [];
      const records = await pool.run(csr, task, { onProgress: (done) => progress.push(done) });
      expect(records).toEqual(local);
      expect(JSON.stringify(summarizeEnsemble(records, csr.n, 0.1))).toBe(
        JSON.stringify(summarizeEnsemble(local, csr.n, 0.1)),
      );
      expect(progress.at(-1)).toBe(task.runs);
    }
  });

  it('reuses its workers for a second task on the same network', async () => {
    const again = { ...task, seed: 12, runs: 50 };
    expect(await pools[1].run(csr, again)).toEqual(await runLocally(csr, again));
  });

  it('stops on cancel and rejects with an AbortError', async () => {
    const controller = new AbortController();
    const big = { ...task, runs: 20000 };
    const pending = pools[1].run(csr, big, {
      signal: controller.signal,
      onProgress: (done) => done > 0 && controller.abort(),
    });
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    // A cancelled pool starts fresh workers and still gives correct results.
    expect(await pools[1].run(csr, { ...task, runs: 20 })).toEqual(
      await runLocally(csr, { ...task, runs: 20 }),
    );
  });
});
