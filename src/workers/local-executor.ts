import { abortError, type EnsembleExecutor } from '../experiment/index.ts';
import { runnerFor } from '../models/index.ts';
import { chunkRanges } from './chunk-ranges.ts';
import { nextTask } from './next-task.ts';

/**
 * How long runs go on between yields. A yield waits for a timer (1 ms or more, longer when
 * other processes hold the CPUs): after every chunk, that left `ripple run` idle for about 2%
 * of its time. A fifth of a second still hears Ctrl-C at once.
 */
const YIELD_EVERY_MS = 200;

/**
 * Runs on the calling thread in chunks, yielding between them every YIELD_EVERY_MS so that
 * progress can be drawn, Ctrl-C or a Cancel button is heard, and the records stay those of any
 * other executor.
 */
export const runLocally: EnsembleExecutor = async (csr, task, options = {}) => {
  const runner = runnerFor(csr, task);
  const [first, end] = options.runs ?? [0, task.runs];
  const records = [];
  let lastYield = performance.now();
  for (const [from, to] of chunkRanges(end, 1, first)) {
    if (options.signal?.aborted) throw abortError();
    records.push(...runner.batch(from, to));
    options.onProgress?.(to - first, end - first);
    if (performance.now() - lastYield >= YIELD_EVERY_MS) {
      await nextTask(); // lets a cancel or other work in between chunks
      lastYield = performance.now();
    }
  }
  if (options.signal?.aborted) throw abortError();
  return records;
};
