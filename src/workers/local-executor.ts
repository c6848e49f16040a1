import { EnsembleRunner } from '../sim/ensemble.ts';
import { abortError, chunkRanges, type EnsembleExecutor } from './executor.ts';

/**
 * Runs on the calling thread in chunks, yielding between them so that progress can be drawn,
 * Ctrl-C or a Cancel button is heard, and the records stay those of any other executor.
 */
export const runLocally: EnsembleExecutor = async (csr, task, options = {}) => {
  const runner = new EnsembleRunner(csr, task);
  const records = [];
  for (const [from, to] of chunkRanges(task.runs, 1)) {
    if (options.signal?.aborted) throw abortError();
    records.push(...runner.batch(from, to));
    options.onProgress?.(to, task.runs);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  if (options.signal?.aborted) throw abortError();
  return records;
};
