import { EnsemblePool, type WorkerPort } from '../../src/workers/ensemble-pool.ts';
import { createWorkerCore } from '../../src/workers/ensemble-worker-core.ts';
import type { FromWorker, ToWorker } from '../../src/workers/protocol.ts';

/** A worker the test drives by hand: the real worker core, but a chunk runs only when told. */
export interface ManualWorker {
  /** Every message the pool posted to it, in order. */
  readonly posted: ToWorker[];
  /** The chunk it was given and has not run yet. */
  pending(): Extract<ToWorker, { type: 'runs' }> | null;
  /** Runs the pending chunk and sends its progress and records back to the pool. */
  finish(): void;
  /** The thread dies (as an uncaught error in a worker). */
  crash(error: Error): void;
  terminated: boolean;
}

/**
 * A pool over workers run by hand, so a test can say exactly which chunk finishes when: the
 * order of dealing, a cancel in the middle, a thread lost, all without timing.
 */
export function manualPool(size: number): { pool: EnsemblePool; workers: ManualWorker[] } {
  const workers: ManualWorker[] = [];
  const pool = new EnsemblePool(() => {
    let deliver: (message: FromWorker) => void = () => {};
    let fail: (error: Error) => void = () => {};
    // One slice per chunk: a chunk runs whole, at once, when the test says.
    const core = createWorkerCore((message) => deliver(message), { sliceMs: Infinity });
    let pending: Extract<ToWorker, { type: 'runs' }> | null = null;
    const worker: ManualWorker = {
      posted: [],
      pending: () => pending,
      finish() {
        if (!pending) throw new Error('this worker has no chunk to run');
        const chunk = pending;
        pending = null;
        core(chunk);
      },
      crash: (error) => fail(error),
      terminated: false,
    };
    workers.push(worker);
    const port: WorkerPort = {
      post(message) {
        worker.posted.push(message);
        if (message.type === 'runs') pending = message;
        else core(message);
      },
      listen(onMessage, onFailure) {
        deliver = onMessage;
        fail = onFailure;
      },
      terminate() {
        worker.terminated = true;
      },
    };
    return port;
  }, size);
  return { pool, workers };
}
