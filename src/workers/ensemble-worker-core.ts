import { runnerFor } from '../models/index.ts';
import type { Csr, EnsembleRunner } from '../sim/index.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

/** Runs between progress messages: often enough for a smooth bar, rare enough to cost nothing. */
const PROGRESS_EVERY = 25;

/** A network the pool sent, with the runner of the last task run on it. */
interface HeldGraph {
  readonly csr: Csr;
  runner: { readonly taskId: number; readonly runner: EnsembleRunner } | null;
}

/**
 * The worker side, independent of the threading API: keeps the networks the pool sent (one per
 * job running, so two jobs on different networks do not resend them chunk after chunk) and a
 * runner per network, so successive chunks of one ensemble reuse the prepared model and workspace.
 */
export function createWorkerCore(post: (message: FromWorker) => void): (message: ToWorker) => void {
  const graphs = new Map<number, HeldGraph>();
  return (message) => {
    if (message.type === 'graph') {
      graphs.set(message.graphId, { csr: message.csr, runner: null });
      return;
    }
    if (message.type === 'forget') {
      graphs.delete(message.graphId);
      return;
    }
    const { chunkId, graphId, taskId, task, from, to } = message;
    try {
      const graph = graphs.get(graphId);
      if (!graph) throw new Error(`worker has no network ${graphId}`);
      if (graph.runner?.taskId !== taskId) {
        graph.runner = { taskId, runner: runnerFor(graph.csr, task) };
      }
      const records = graph.runner.runner.batch(from, to, (done) => {
        if (done % PROGRESS_EVERY === 0) post({ type: 'progress', chunkId, done });
      });
      post({ type: 'records', chunkId, records });
    } catch (error) {
      post({
        type: 'error',
        chunkId,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };
}
