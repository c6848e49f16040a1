import { describe, expect, it } from 'vitest';
import type { Csr, RunRecord } from '../../src/sim/index.ts';
import { PoolJob } from '../../src/workers/pool-job.ts';

/** A job's bookkeeping alone: what it does when the code watching its progress throws. */
const record = (run: number) => ({ run }) as unknown as RunRecord;

function job(onProgress: (done: number, total: number) => void): PoolJob {
  return new PoolJob({
    csr: {} as Csr,
    graphId: 1,
    taskId: 1,
    task: {} as never,
    chunks: [
      [0, 2],
      [2, 4],
    ],
    onProgress,
  });
}

describe('a pool job', () => {
  it('settles with its records sorted by run', async () => {
    const j = job(() => {});
    j.take(1);
    j.take(2);
    j.complete(2, [record(2), record(3)]);
    j.complete(1, [record(0), record(1)]);
    expect((await j.promise).map((r) => r.run)).toEqual([0, 1, 2, 3]);
  });

  it('fails, rather than never settling, when its progress callback throws on the last chunk', async () => {
    const j = job((done) => {
      if (done === 4) throw new Error('a view broke');
    });
    j.take(1);
    j.take(2);
    j.complete(1, [record(0), record(1)]);
    j.complete(2, [record(2), record(3)]);
    await expect(j.promise).rejects.toThrow('a view broke');
    expect(j.live).toBe(false);
  });
});
