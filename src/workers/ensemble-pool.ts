import type { ModelTask } from '../models/index.ts';
import type { Csr } from '../sim/csr.ts';
import type { RunRecord } from '../sim/ensemble.ts';
import { abortError, chunkRanges, type ExecuteOptions } from './executor.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

/** The little a pool needs from a thread, so Node and browser workers share one pool. */
export interface WorkerPort {
  post(message: ToWorker): void;
  listen(onMessage: (message: FromWorker) => void, onFailure: (error: Error) => void): void;
  terminate(): void;
}

interface Slot {
  port: WorkerPort;
  graphId: number;
}

/**
 * A fixed number of workers sharing out chunks of an ensemble's runs: whichever is free takes
 * the next chunk. Records come back sorted by run, so the result is the same as one thread's.
 * Cancelling terminates the workers (a run in progress cannot be interrupted); fresh ones are
 * started on the next call.
 */
export class EnsemblePool {
  private slots: Slot[] = [];
  private graphs = new WeakMap<Csr, number>();
  private nextGraphId = 1;
  private nextTaskId = 1;
  private nextJobId = 1;

  constructor(
    private readonly createPort: () => WorkerPort,
    readonly size: number,
  ) {
    if (!Number.isInteger(size) || size < 1)
      throw new RangeError(`a pool needs at least 1 worker (got ${size})`);
  }

  async run(csr: Csr, task: ModelTask, options: ExecuteOptions = {}): Promise<RunRecord[]> {
    if (options.signal?.aborted) throw abortError();
    const graphId = this.graphIdOf(csr);
    const taskId = this.nextTaskId++;
    const [first, end] = options.runs ?? [0, task.runs];
    const total = end - first;
    const queue = chunkRanges(end, this.size, first);
    const records: RunRecord[] = [];
    const inFlight = new Map<number, number>();
    let finished = 0;
    const report = (): void => {
      let partial = 0;
      for (const done of inFlight.values()) partial += done;
      options.onProgress?.(finished + partial, total);
    };
    while (this.slots.length < this.size) this.slots.push({ port: this.createPort(), graphId: 0 });

    // Removed when the ensemble ends, so a sweep's many ensembles do not pile listeners on one signal.
    let onAbort = (): void => {};
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      const fail = (error: Error): void => {
        if (failed) return;
        failed = true;
        this.terminate();
        reject(error);
      };
      onAbort = () => fail(abortError());
      options.signal?.addEventListener('abort', onAbort, { once: true });
      const feed = (slot: Slot): void => {
        const range = queue.shift();
        if (!range) {
          if (finished === total) resolve();
          return;
        }
        if (slot.graphId !== graphId) {
          slot.port.post({ type: 'graph', graphId, csr });
          slot.graphId = graphId;
        }
        const jobId = this.nextJobId++;
        inFlight.set(jobId, 0);
        slot.port.listen((message) => {
          if (failed || message.jobId !== jobId) return;
          if (message.type === 'progress') inFlight.set(jobId, message.done);
          else if (message.type === 'error') return fail(new Error(message.message));
          else {
            inFlight.delete(jobId);
            records.push(...message.records);
            finished += message.records.length;
          }
          report();
          if (message.type === 'records') feed(slot);
        }, fail);
        slot.port.post({
          type: 'runs',
          jobId,
          graphId,
          taskId,
          task,
          from: range[0],
          to: range[1],
        });
      };
      if (total === 0) resolve();
      for (const slot of this.slots) feed(slot);
    }).finally(() => options.signal?.removeEventListener('abort', onAbort));
    return records.sort((a, b) => a.run - b.run);
  }

  /** Stops every worker now. */
  terminate(): void {
    for (const slot of this.slots) slot.port.terminate();
    this.slots = [];
  }

  private graphIdOf(csr: Csr): number {
    let id = this.graphs.get(csr);
    if (id === undefined) this.graphs.set(csr, (id = this.nextGraphId++));
    return id;
  }
}
