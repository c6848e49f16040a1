import { runnerFor } from '../models/index.ts';
import type { Csr } from '../sim/csr.ts';
import type { EnsembleRunner } from '../sim/ensemble.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

/** Runs between progress messages: often enough for a smooth bar, rare enough to cost nothing. */
const PROGRESS_EVERY = 25;

/**
 * The worker side, independent of the threading API: keeps the latest network and runner so
 * that successive chunks of one ensemble reuse the prepared model and workspace.
 */
export function createWorkerCore(post: (message: FromWorker) => void): (message: ToWorker) => void {
  let graph: { id: number; csr: Csr } | null = null;
  let runner: { graphId: number; taskId: number; runner: EnsembleRunner } | null = null;
  return (message) => {
    if (message.type === 'graph') {
      graph = { id: message.graphId, csr: message.csr };
      runner = null;
      return;
    }
    const { jobId, graphId, taskId, task, from, to } = message;
    try {
      if (!graph || graph.id !== graphId) throw new Error(`worker has no network ${graphId}`);
      if (!runner || runner.graphId !== graphId || runner.taskId !== taskId) {
        runner = { graphId, taskId, runner: runnerFor(graph.csr, task) };
      }
      const records = runner.runner.batch(from, to, (done) => {
        if (done % PROGRESS_EVERY === 0) post({ type: 'progress', jobId, done });
      });
      post({ type: 'records', jobId, records });
    } catch (error) {
      post({
        type: 'error',
        jobId,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };
}
