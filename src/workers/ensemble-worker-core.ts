import { runnerFor } from '../models/index.ts';
import type { Csr, EnsembleRunner, RunRecord } from '../sim/index.ts';
import type { FromWorker, ToWorker } from './protocol.ts';
import { yieldToMessages } from './yield-to-messages.ts';

/**
 * Longest stretch of runs between two looks at the messages waiting: a cancel stops a chunk
 * within about this long (plus the run under way), and progress is reported as often.
 */
export const SLICE_MS = 100;

/** A network the pool sent, with the runner of the last task run on it. */
interface HeldGraph {
  readonly csr: Csr;
  runner: { readonly taskId: number; readonly runner: EnsembleRunner } | null;
}

/** A chunk under way: its runs, how far it got, and whether the pool has cancelled it. */
interface Chunk {
  readonly chunkId: number;
  readonly from: number;
  readonly to: number;
  run: number;
  readonly runner: EnsembleRunner;
  readonly records: RunRecord[];
  cancelled: boolean;
}

export interface WorkerCoreOptions {
  /** Milliseconds between looks at the messages (Infinity: run each chunk in one go). */
  readonly sliceMs?: number;
  readonly now?: () => number;
}

/**
 * The worker side, independent of the threading API: keeps the networks the pool sent (one per
 * job running, so two jobs on different networks do not resend them chunk after chunk) and a
 * runner per network, so successive chunks of one ensemble reuse the prepared model and workspace.
 * A chunk runs in slices of about SLICE_MS with the thread's messages handled in between, so a
 * cancel from the pool ends it at the next slice (answered `stopped`) and the worker is free for
 * other jobs at once, rather than after the whole chunk (seconds, on a large network).
 */
export function createWorkerCore(
  post: (message: FromWorker) => void,
  { sliceMs = SLICE_MS, now = () => performance.now() }: WorkerCoreOptions = {},
): (message: ToWorker) => void {
  const graphs = new Map<number, HeldGraph>();
  /** The chunk running (one at a time), and whether the pool has cancelled it. */
  let running: Chunk | null = null;
  const fail = (chunkId: number, error: unknown): void =>
    post({
      type: 'error',
      chunkId,
      message: error instanceof Error ? error.message : String(error),
    });

  const runnerOf = (message: Extract<ToWorker, { type: 'runs' }>): EnsembleRunner => {
    const graph = graphs.get(message.graphId);
    if (!graph) throw new Error(`worker has no network ${message.graphId}`);
    if (graph.runner?.taskId !== message.taskId)
      graph.runner = {
        taskId: message.taskId,
        runner: runnerFor(graph.csr, message.task),
      };
    return graph.runner.runner;
  };

  /** One slice of the chunk; then its answer, or progress and the next slice after the messages. */
  const slice = (chunk: Chunk): void => {
    const { chunkId, to } = chunk;
    try {
      const sliceEnd = now() + sliceMs;
      do chunk.records.push(chunk.runner.record(chunk.run++));
      while (chunk.run < to && now() < sliceEnd);
    } catch (error) {
      running = null;
      fail(chunkId, error);
      return;
    }
    if (chunk.run === to) {
      running = null;
      post({ type: 'records', chunkId, records: chunk.records });
      return;
    }
    post({ type: 'progress', chunkId, done: chunk.run - chunk.from });
    void yieldToMessages().then(() => {
      if (!chunk.cancelled) slice(chunk);
      else {
        running = null;
        post({ type: 'stopped', chunkId });
      }
    });
  };

  return (message) => {
    if (message.type === 'graph') {
      graphs.set(message.graphId, { csr: message.csr, runner: null });
      return;
    }
    if (message.type === 'forget') {
      graphs.delete(message.graphId);
      return;
    }
    if (message.type === 'cancel') {
      if (running?.chunkId === message.chunkId) running.cancelled = true;
      return;
    }
    const { chunkId, from, to } = message;
    let runner: EnsembleRunner;
    try {
      runner = runnerOf(message);
    } catch (error) {
      fail(chunkId, error);
      return;
    }
    if (from >= to) post({ type: 'records', chunkId, records: [] });
    else slice((running = { chunkId, from, to, run: from, runner, records: [], cancelled: false }));
  };
}
