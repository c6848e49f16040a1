import type { Csr } from '../sim/csr.ts';
import type { EnsembleTask, RunRecord } from '../sim/ensemble.ts';

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
  task: EnsembleTask,
  options?: ExecuteOptions,
) => Promise<RunRecord[]>;

export function abortError(message = 'The ensemble was cancelled.'): Error {
  const error = new Error(message);
  error.name = 'AbortError';
  return error;
}

/** Chunks of runs [first, end) small enough to balance load and report progress, large enough to be cheap. */
export function chunkRanges(end: number, workers: number, first = 0): Array<[number, number]> {
  const size = Math.max(1, Math.min(250, Math.ceil((end - first) / (workers * 8))));
  const out: Array<[number, number]> = [];
  for (let from = first; from < end; from += size) out.push([from, Math.min(end, from + size)]);
  return out;
}
