import type { Csr } from '../sim/csr.ts';
import type { EnsembleTask, RunRecord } from '../sim/ensemble.ts';

export interface ExecuteOptions {
  /** Called as runs finish, with the number done so far and the total. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Abort to stop; the promise then rejects with an AbortError. */
  readonly signal?: AbortSignal;
}

/**
 * Runs an ensemble's runs 0..task.runs−1 somewhere (this thread, a worker pool) and returns
 * their records in run order. Every executor gives identical records for the same task.
 */
export type EnsembleExecutor = (csr: Csr, task: EnsembleTask, options?: ExecuteOptions) => Promise<RunRecord[]>;

export function abortError(): Error {
  const error = new Error('The ensemble was cancelled.');
  error.name = 'AbortError';
  return error;
}

/** Chunks small enough to balance load and report progress, large enough to be cheap. */
export function chunkRanges(runs: number, workers: number): Array<[number, number]> {
  const size = Math.max(1, Math.min(250, Math.ceil(runs / (workers * 8))));
  const out: Array<[number, number]> = [];
  for (let from = 0; from < runs; from += size) out.push([from, Math.min(runs, from + size)]);
  return out;
}
