import { afterAll, describe, expect, it } from 'vitest';
import { barabasiAlbert, erdosRenyi } from '../../src/graph/generators/index.ts';
import type { ModelTask } from '../../src/models/index.ts';
import { createRng } from '../../src/random/rng.ts';
import { buildCsr } from '../../src/sim/csr.ts';
import { runLocally } from '../../src/workers/local-executor.ts';
import { createNodePool } from '../../src/workers/node-pool.ts';

/** Two ensembles in one pool of real worker threads, as the app runs an ensemble beside a sweep. */

const scaleFree = buildCsr(barabasiAlbert({ n: 2000, m: 2, rng: createRng(5, 'graph') }));
const random = buildCsr(erdosRenyi({ n: 3000, m: 6000, rng: createRng(6, 'graph') }));
const task = (seed: number, runs: number): ModelTask => ({
  seed,
  runs,
  model: { model: 'sir', power: 0.2, recovery: 0.6, weighting: 'tie-strength' },
  seeds: { kind: 'random', count: 2, steps: new Int32Array([0, 3]), candidates: null },
  silent: null,
  maxSteps: 1000,
  globalFraction: 0.1,
});

describe('two ensembles at once on worker threads', () => {
  const pool = createNodePool(2);
  afterAll(() => pool.terminate());

  it('gives each the records it gives alone, on different networks', async () => {
    const [a, b] = await Promise.all([
      pool.run(scaleFree, task(1, 600)),
      pool.run(random, task(2, 500)),
    ]);
    expect(a).toEqual(await runLocally(scaleFree, task(1, 600)));
    expect(b).toEqual(await runLocally(random, task(2, 500)));
  });

  it('cancels one mid-way; the other completes with the records it gives alone', async () => {
    const cancelled = new AbortController();
    const progress = { big: 0, other: 0, bigAfterCancel: 0 };
    const big = pool.run(scaleFree, task(3, 20_000), {
      signal: cancelled.signal,
      onProgress: (done) => {
        progress.big = done;
        if (cancelled.signal.aborted) progress.bigAfterCancel++;
      },
    });
    const bigSettled = big.then(
      () => 'resolved',
      (error: Error) => error.name,
    );
    const other = pool.run(random, task(4, 1500), {
      // Cancelled once both are under way: the other has runs back, so it shares the workers.
      onProgress: (done) => {
        progress.other = done;
        if (done > 0 && !cancelled.signal.aborted) cancelled.abort();
      },
    });
    expect(await bigSettled).toBe('AbortError');
    expect(progress.big).toBeGreaterThan(0);
    expect(progress.big).toBeLessThan(20_000);
    const records = await other;
    expect(progress.other).toBe(1500);
    expect(progress.bigAfterCancel).toBe(0);
    expect(records).toEqual(await runLocally(random, task(4, 1500)));
    // The pool goes on with both threads for the next job.
    expect(await pool.run(scaleFree, task(5, 100))).toEqual(
      await runLocally(scaleFree, task(5, 100)),
    );
  });
});
