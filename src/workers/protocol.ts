import type { ModelTask } from '../models/index.ts';
import type { Csr, RunRecord } from '../sim/index.ts';

/**
 * Messages between an ensemble pool and its workers (Node worker_threads or Web Workers).
 * A network travels once per worker (keyed by graphId) and stays until the pool says to forget
 * it; each chunk then names only the runs it wants, so a pool can hand out small chunks for even
 * load and fine progress. Every answer names its chunk, which the pool knows the job of.
 */
export type ToWorker =
  | { readonly type: 'graph'; readonly graphId: number; readonly csr: Csr }
  | { readonly type: 'forget'; readonly graphId: number }
  | {
      readonly type: 'runs';
      readonly chunkId: number;
      readonly graphId: number;
      readonly taskId: number;
      readonly task: ModelTask;
      readonly from: number;
      readonly to: number;
    };

export type FromWorker =
  | { readonly type: 'progress'; readonly chunkId: number; readonly done: number }
  | { readonly type: 'records'; readonly chunkId: number; readonly records: RunRecord[] }
  | { readonly type: 'error'; readonly chunkId: number; readonly message: string };
