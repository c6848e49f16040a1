import type { ModelTask } from '../models/index.ts';
import type { Csr, RunRecord } from '../sim/index.ts';

/** What a job runs: an ensemble's task on a network, as the pool names them to its workers. */
export interface PoolJobSpec {
  readonly csr: Csr;
  readonly graphId: number;
  readonly taskId: number;
  readonly task: ModelTask;
  /** The runs to do, as chunks dealt out one per free worker. */
  readonly chunks: ReadonlyArray<readonly [from: number, to: number]>;
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * One ensemble in a pool (one call of `run`): the chunks still to deal, progress of those out,
 * the records back so far. It settles once: with every record sorted by run, or with the first
 * error (a cancel included); anything arriving after that is dropped.
 */
export class PoolJob {
  readonly promise: Promise<RunRecord[]>;
  /** When it was last dealt a chunk (a pool-wide count), so free workers go round the jobs. */
  dealtAt = 0;
  private readonly queue: Array<readonly [number, number]>;
  /** Runs done by each chunk still out, by chunk id. */
  private readonly out = new Map<number, number>();
  private readonly records: RunRecord[] = [];
  private readonly total: number;
  private finished = 0;
  private ended = false;
  private resolve!: (records: RunRecord[]) => void;
  private reject!: (error: Error) => void;

  constructor(readonly spec: PoolJobSpec) {
    this.queue = [...spec.chunks];
    this.total = spec.chunks.reduce((sum, [from, to]) => sum + to - from, 0);
    this.promise = new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    this.settleIfComplete();
  }

  /** Neither finished nor failed: its chunks are still wanted. */
  get live(): boolean {
    return !this.ended;
  }

  /** Has chunks no worker has taken yet. */
  get waiting(): boolean {
    return !this.ended && this.queue.length > 0;
  }

  /** Chunks out on workers. */
  get inFlight(): number {
    return this.out.size;
  }

  /** The next chunk, now out on a worker as `chunkId`. */
  take(chunkId: number): readonly [number, number] | undefined {
    const range = this.queue.shift();
    if (range) this.out.set(chunkId, 0);
    return range;
  }

  progress(chunkId: number, done: number): void {
    if (this.ended) return;
    this.out.set(chunkId, done);
    this.report();
  }

  complete(chunkId: number, records: readonly RunRecord[]): void {
    if (this.ended) return;
    this.out.delete(chunkId);
    this.records.push(...records);
    this.finished += records.length;
    this.report();
    if (!this.ended) this.settleIfComplete();
  }

  /** Ends the job with `error`; chunks still out will be dropped when they come back. */
  fail(error: Error): void {
    if (this.ended) return;
    this.ended = true;
    this.queue.length = 0;
    this.reject(error);
  }

  /** A progress callback that throws fails its own job, rather than leaving it unsettled. */
  private report(): void {
    let partial = 0;
    for (const done of this.out.values()) partial += done;
    try {
      this.spec.onProgress?.(this.finished + partial, this.total);
    } catch (error) {
      this.fail(error instanceof Error ? error : new Error(String(error)));
    }
  }

  private settleIfComplete(): void {
    if (this.finished < this.total) return;
    this.ended = true;
    this.resolve(this.records.sort((a, b) => a.run - b.run));
  }
}
