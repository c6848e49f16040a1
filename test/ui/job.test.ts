import { describe, expect, it } from 'vitest';
import { abortError } from '../../src/experiment/index.ts';
import { Job, type JobState } from '../../src/ui/job.ts';

interface Counted extends JobState {
  readonly result: string | null;
}

const IDLE: Counted = { status: 'idle', done: 0, total: 0, message: null, result: null };

/** A job whose state lives in a variable, with every state it went through. */
function newJob(): { job: Job<Counted>; states: Counted[]; state: () => Counted } {
  let state = IDLE;
  const states: Counted[] = [];
  const job = new Job<Counted>(
    () => state,
    (next) => {
      state = next;
      states.push(next);
    },
  );
  return { job, states, state: () => state };
}

/** A promise settled from outside, for work that ends when the test says. */
function deferred<T>(): {
  promise: Promise<T>;
  resolve: (v: T) => void;
  reject: (e: Error) => void;
} {
  let resolve!: (v: T) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const describeEnd = (outcome: { status: string }) => ({ message: outcome.status });

describe('a job', () => {
  it('goes idle → running → done, publishing progress, with done = total at the end', async () => {
    const { job, states, state } = newJob();
    const result = await job.run(
      { ...IDLE, total: 10 },
      async ({ update }) => {
        update({ done: 4 });
        expect(job.running).toBe(true);
        return 'ten runs';
      },
      (outcome) => (outcome.status === 'done' ? { result: outcome.value } : {}),
    );
    expect(result).toEqual({ status: 'done', value: 'ten runs' });
    expect(states.map((s) => [s.status, s.done])).toEqual([
      ['running', 0],
      ['running', 4],
      ['done', 10],
    ]);
    expect(state().result).toBe('ten runs');
    expect(job.running).toBe(false);
  });

  it('is cancelled by cancel(): the work sees the signal, and the end state says cancelled', async () => {
    const { job, state } = newJob();
    const running = job.run(
      IDLE,
      (control) =>
        new Promise((_, reject) =>
          control.signal.addEventListener('abort', () => reject(abortError())),
        ),
      describeEnd,
    );
    expect(state().status).toBe('running');
    job.cancel();
    expect(await running).toEqual({ status: 'cancelled' });
    expect(state()).toMatchObject({ status: 'cancelled', message: 'cancelled' });
  });

  it('counts results that arrive after a cancel as cancelled (they may be stale)', async () => {
    const { job, state } = newJob();
    const work = deferred<string>();
    const running = job.run(IDLE, () => work.promise, describeEnd);
    job.cancel();
    work.resolve('late');
    expect((await running)?.status).toBe('cancelled');
    expect(state().status).toBe('cancelled');
  });

  it('fails with the error its work throws, and is not running any more', async () => {
    const { job, state } = newJob();
    const outcome = await job.run(
      IDLE,
      async () => {
        throw new Error('no network');
      },
      (o) => ({ message: o.status === 'failed' ? o.error.message : null }),
    );
    expect(outcome).toMatchObject({ status: 'failed', error: new Error('no network') });
    expect(state()).toMatchObject({ status: 'failed', message: 'no network' });
    expect(job.running).toBe(false);
  });

  it('never stays running, even when making its end state throws', async () => {
    const { job, state } = newJob();
    const outcome = await job.run(
      IDLE,
      async () => 1,
      () => {
        throw new Error('bad summary');
      },
    );
    expect(outcome?.status).toBe('failed');
    expect(state()).toMatchObject({ status: 'failed', message: 'bad summary' });
  });

  it('runs one at a time: a second start while running does nothing', async () => {
    const { job, states } = newJob();
    const work = deferred<string>();
    const first = job.run({ ...IDLE, total: 5 }, () => work.promise, describeEnd);
    const second = await job.run({ ...IDLE, total: 99 }, async () => 'other', describeEnd);
    expect(second).toBeNull();
    work.resolve('first');
    expect(await first).toEqual({ status: 'done', value: 'first' });
    expect(states.map((s) => s.total)).toEqual([5, 5]);
  });

  it('ignores updates from work that has already ended', async () => {
    const { job, state } = newJob();
    let late: ((done: number) => void) | null = null;
    await job.run(
      IDLE,
      async ({ update }) => {
        late = (done) => update({ done });
      },
      describeEnd,
    );
    late!(3);
    expect(state()).toMatchObject({ status: 'done', done: 0 });
  });
});
