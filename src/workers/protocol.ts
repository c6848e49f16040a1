import type { ModelTask } from '../models/index.ts';
import type { Csr, RunRecord } from '../sim/index.ts';

/**
 * Messages between an ensemble pool and its workers (Node worker_threads or Web Workers).
 * A network travels once per worker (keyed by graphId) and stays until the pool says to forget
 * it; each chunk then names only the runs it wants, so a pool can hand out small chunks for even
 * load and fine progress. Every answer names its chunk, which the pool knows the job of; a chunk
 * answers with its records, or `stopped` when the pool cancelled it, or an error.
 */
export type ToWorker =
  | { readonly type: 'graph'; readonly graphId: number; readonly csr: Csr }
  | { readonly type: 'forget'; readonly graphId: number }
  /** Stop this chunk at the next slice: its job was cancelled or failed. */
  | { readonly type: 'cancel'; readonly chunkId: number }
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
  /** The chunk was cancelled before its end: the worker is free. */
  | { readonly type: 'stopped'; readonly chunkId: number }
  | { readonly type: 'error'; readonly chunkId: number; readonly message: string };
