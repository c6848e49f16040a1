import type { ModelTask } from '../models/index.ts';
import type { Csr } from '../sim/csr.ts';
import type { RunRecord } from '../sim/ensemble.ts';

/**
 * Messages between an ensemble pool and its workers (Node worker_threads or Web Workers).
 * The network travels once per worker per graph (keyed by graphId); each job then names only
 * the runs it wants, so a pool can hand out small chunks for even load and fine progress.
 */
export type ToWorker =
  | { readonly type: 'graph'; readonly graphId: number; readonly csr: Csr }
  | {
      readonly type: 'runs';
      readonly jobId: number;
      readonly graphId: number;
      readonly taskId: number;
      readonly task: ModelTask;
      readonly from: number;
      readonly to: number;
    };

export type FromWorker =
  | { readonly type: 'progress'; readonly jobId: number; readonly done: number }
  | { readonly type: 'records'; readonly jobId: number; readonly records: RunRecord[] }
  | { readonly type: 'error'; readonly jobId: number; readonly message: string };
