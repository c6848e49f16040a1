import { abortError, type EnsembleExecutor } from '../experiment/index.ts';
import { runnerFor } from '../models/index.ts';
import { chunkRanges } from './chunk-ranges.ts';
import { nextTask } from './next-task.ts';

/**
 * Runs on the calling thread in chunks, yielding between them so that progress can be drawn,
 * Ctrl-C or a Cancel button is heard, and the records stay those of any other executor.
 */
export const runLocally: EnsembleExecutor = async (csr, task, options = {}) => {
  const runner = runnerFor(csr, task);
  const [first, end] = options.runs ?? [0, task.runs];
  const records = [];
  for (const [from, to] of chunkRanges(end, 1, first)) {
    if (options.signal?.aborted) throw abortError();
    records.push(...runner.batch(from, to));
    options.onProgress?.(to - first, end - first);
    await nextTask(); // lets a cancel or other work in between chunks
  }
  if (options.signal?.aborted) throw abortError();
  return records;
};
