import type { ModelTask } from '../models/index.ts';
import type { Csr, RunRecord } from '../sim/index.ts';

/*
 * What sweeps and comparisons need from whatever runs their ensembles. It lives here, below
 * the workers that implement it (a pool of threads, or this thread), so experiment never
 * imports workers.
 */

export interface ExecuteOptions {
  /** Called as runs finish, with the number done so far and the total. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Abort to stop; the promise then rejects with an AbortError. */
  readonly signal?: AbortSignal;
  /** Only runs [from, to) (default: all), so a shard of a sweep can run part of an ensemble; progress counts these. */
  readonly runs?: readonly [from: number, to: number];
}

/**
 * Runs an ensemble's runs 0..task.runs−1 (or options.runs) somewhere (this thread, a worker pool) and returns
 * their records in run order. Every executor gives identical records for the same task.
 */
export type EnsembleExecutor = (
  csr: Csr,
  task: ModelTask,
  options?: ExecuteOptions,
) => Promise<RunRecord[]>;

export function abortError(message = 'The ensemble was cancelled.'): Error {
  const error = new Error(message);
  error.name = 'AbortError';
  return error;
}
