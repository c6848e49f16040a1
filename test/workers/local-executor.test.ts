import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { erdosRenyi } from '../../src/graph/generators/index.ts';
import type { ModelTask } from '../../src/models/index.ts';
import { createRng } from '../../src/random/rng.ts';
import { buildCsr } from '../../src/sim/csr.ts';
import { runLocally } from '../../src/workers/local-executor.ts';

const csr = buildCsr(erdosRenyi({ n: 60, p: 0.05, rng: createRng(3, 'graph') }));
/** 400 runs: 8 chunks of 50. */
const task: ModelTask = {
  seed: 5,
  runs: 400,
  model: { model: 'independent-cascade', power: 0.3, weighting: 'tie-strength' },
  seeds: { kind: 'random', count: 1, steps: new Int32Array(1), candidates: null },
  silent: null,
  maxSteps: 1000,
  globalFraction: 0.1,
};

/*
 * The executor yields (and so hears a cancel) only when runs have gone on for a while since its
 * last yield. performance.now is faked, so "a while" passes exactly when a test says so; the
 * cancel comes from a real timer, which fires only when the executor yields.
 */
describe('runLocally yields by elapsed time', () => {
  beforeEach(() => void vi.useFakeTimers({ toFake: ['performance'] }));
  afterEach(() => void vi.useRealTimers());

  it('runs quick chunks back to back, without yielding after each', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 0);
    const records = await runLocally(csr, task, { signal: controller.signal });
    expect(records).toHaveLength(task.runs);
    expect(controller.signal.aborted).toBe(false);
  });

  it('yields once runs have gone on for a while, and then hears a cancel', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 0);
    const progress: number[] = [];
    const run = runLocally(csr, task, {
      signal: controller.signal,
      onProgress: (done) => {
        progress.push(done);
        vi.advanceTimersByTime(1000); // this chunk took a second
      },
    });
    await expect(run).rejects.toThrow('The ensemble was cancelled.');
    expect(progress).toEqual([50]);
  });
});
