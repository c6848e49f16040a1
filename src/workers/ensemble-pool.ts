import { abortError, type ExecuteOptions } from '../experiment/index.ts';
import type { ModelTask } from '../models/index.ts';
import type { Csr, RunRecord } from '../sim/index.ts';
import { chunkRanges } from './chunk-ranges.ts';
import { PoolJob } from './pool-job.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

/** The little a pool needs from a thread, so Node and browser workers share one pool. */
export interface WorkerPort {
  post(message: ToWorker): void;
  /** Called once, when the thread starts: every message and failure of the thread goes here. */
  listen(onMessage: (message: FromWorker) => void, onFailure: (error: Error) => void): void;
  terminate(): void;
}

/** One worker thread: the networks it holds, and the chunk it is running (if any). */
interface Slot {
  readonly port: WorkerPort;
  readonly graphs: Set<number>;
  chunk: { readonly id: number; readonly job: PoolJob } | null;
}

/**
 * A fixed number of workers running any number of ensembles (jobs) at once. Each job is cut
 * into chunks of at most 250 runs; a free worker takes the next chunk of the job with the fewest
 * chunks out (then of the one dealt longest ago), so jobs share the workers evenly and a job
 * started beside a long one gets its share at the next free worker. Records come back sorted by
 * run, so a job's result is the same as one thread's, whatever else runs beside it.
 *
 * Cancelling (or a failure of) one job stops dealing its chunks and rejects its promise at once;
 * the workers running its chunks are told to stop them, which they do at their next slice
 * (about 0.1 s: they look at their messages between slices of runs), and are free again. That
 * keeps every worker, with the networks and prepared models it holds, for the other jobs; ending
 * the threads would cost new threads and resending each network to them. Only a thread that
 * fails is ended, and replaced.
 */
export class EnsemblePool {
  private slots: Slot[] = [];
  private readonly jobs = new Set<PoolJob>();
  private graphs = new WeakMap<Csr, number>();
  private nextGraphId = 1;
  private nextTaskId = 1;
  private nextChunkId = 1;
  private deals = 0;

  constructor(
    private readonly createPort: () => WorkerPort,
    readonly size: number,
  ) {
    if (!Number.isInteger(size) || size < 1)
      throw new RangeError(`a pool needs at least 1 worker (got ${size})`);
  }

  run(csr: Csr, task: ModelTask, options: ExecuteOptions = {}): Promise<RunRecord[]> {
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(abortError());
    const [first, end] = options.runs ?? [0, task.runs];
    const job = new PoolJob({
      csr,
      graphId: this.graphIdOf(csr),
      taskId: this.nextTaskId++,
      task,
      chunks: chunkRanges(end, this.size, first),
      onProgress: options.onProgress,
    });
    if (!job.live) return job.promise;
    this.jobs.add(job);
    const onAbort = (): void => this.end(job, abortError());
    signal?.addEventListener('abort', onAbort, { once: true });
    // Removed when the job ends, so a sweep's many ensembles do not pile listeners on one signal.
    const forget = (): void => signal?.removeEventListener('abort', onAbort);
    job.promise.then(forget, forget);
    this.deal();
    return job.promise;
  }

  /** Stops every worker now; jobs still running reject with an AbortError. */
  terminate(): void {
    for (const slot of this.slots) slot.port.terminate();
    this.slots = [];
    for (const job of this.jobs) this.end(job, abortError());
  }

  /**
   * Gives each free worker the next chunk, then starts threads (up to `size`) only for chunks
   * still waiting, so a job of one chunk starts one thread.
   */
  private deal(): void {
    for (const slot of this.slots) {
      if (slot.chunk) continue;
      const job = this.nextJob();
      if (!job) return;
      this.send(slot, job);
    }
    for (let job = this.nextJob(); job && this.slots.length < this.size; job = this.nextJob()) {
      const slot = this.startSlot();
      this.slots.push(slot);
      this.send(slot, job);
    }
  }

  /** The waiting job with the fewest chunks out; of those, the one dealt longest ago. */
  private nextJob(): PoolJob | null {
    let best: PoolJob | null = null;
    for (const job of this.jobs) {
      if (!job.waiting) continue;
      if (
        !best ||
        job.inFlight < best.inFlight ||
        (job.inFlight === best.inFlight && job.dealtAt < best.dealtAt)
      )
        best = job;
    }
    return best;
  }

  private send(slot: Slot, job: PoolJob): void {
    const { csr, graphId, taskId, task } = job.spec;
    const chunkId = this.nextChunkId++;
    const [from, to] = job.take(chunkId)!; // nextJob gives only jobs with chunks waiting
    job.dealtAt = ++this.deals;
    if (!slot.graphs.has(graphId)) {
      // A worker keeps the networks of the jobs running (and the last one it ran), nothing more.
      for (const held of slot.graphs) {
        if (this.inUse(held)) continue;
        slot.port.post({ type: 'forget', graphId: held });
        slot.graphs.delete(held);
      }
      slot.port.post({ type: 'graph', graphId, csr });
      slot.graphs.add(graphId);
    }
    slot.chunk = { id: chunkId, job };
    slot.port.post({ type: 'runs', chunkId, graphId, taskId, task, from, to });
  }

  private startSlot(): Slot {
    const slot: Slot = { port: this.createPort(), graphs: new Set(), chunk: null };
    slot.port.listen(
      (message) => this.receive(slot, message),
      (error) => this.lose(slot, error),
    );
    return slot;
  }

  private receive(slot: Slot, message: FromWorker): void {
    const chunk = slot.chunk;
    if (!chunk || chunk.id !== message.chunkId) return; // from a thread already given up
    if (message.type === 'progress') {
      chunk.job.progress(chunk.id, message.done);
      return;
    }
    slot.chunk = null;
    if (message.type === 'error') this.end(chunk.job, new Error(message.message));
    else if (message.type === 'records') {
      chunk.job.complete(chunk.id, message.records);
      if (!chunk.job.live) this.jobs.delete(chunk.job);
    }
    this.deal();
  }

  /** A thread that failed is gone: the job of its chunk fails, the others go on. */
  private lose(slot: Slot, error: Error): void {
    if (!this.slots.includes(slot)) return;
    slot.port.terminate();
    this.slots = this.slots.filter((s) => s !== slot);
    const job = slot.chunk?.job;
    slot.chunk = null;
    if (job) this.end(job, error);
    this.deal();
  }

  /** Fails the job and tells the workers running its chunks to stop them at their next slice. */
  private end(job: PoolJob, error: Error): void {
    job.fail(error);
    this.jobs.delete(job);
    for (const { port, chunk } of this.slots)
      if (chunk?.job === job) port.post({ type: 'cancel', chunkId: chunk.id });
  }

  private inUse(graphId: number): boolean {
    for (const job of this.jobs) if (job.spec.graphId === graphId) return true;
    return false;
  }

  private graphIdOf(csr: Csr): number {
    let id = this.graphs.get(csr);
    if (id === undefined) this.graphs.set(csr, (id = this.nextGraphId++));
    return id;
  }
}
