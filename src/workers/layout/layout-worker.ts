/// <reference lib="webworker" />
import { createLayout, type Layout } from './layout-core.ts';
import {
  type FromLayoutWorker,
  POST_INTERVAL_MS,
  TIME_BUDGET_MS,
  type ToLayoutWorker,
} from './protocol.ts';

/**
 * Module worker running one force layout at a time. Ticks run in ~100 ms slices with a
 * macrotask between them, so `cancel` and new graphs are read promptly and the view gets
 * positions to draw at every slice.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

interface Job {
  readonly jobId: number;
  readonly layout: Layout;
  readonly started: number;
}

let current: Job | null = null;

function post(message: FromLayoutWorker, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

function slice(job: Job): void {
  if (current !== job) return; // cancelled or replaced while waiting
  const sliceEnd = performance.now() + POST_INTERVAL_MS;
  do job.layout.tick(1);
  while (!job.layout.done && performance.now() < sliceEnd);
  const done = job.layout.done || performance.now() - job.started > TIME_BUDGET_MS;
  const xy = job.layout.positions();
  post({ type: 'positions', jobId: job.jobId, xy, alpha: job.layout.alpha, done }, [xy.buffer]);
  if (done) current = null;
  else setTimeout(() => slice(job), 0);
}

scope.onmessage = (event: MessageEvent<ToLayoutWorker>) => {
  const message = event.data;
  if (message.type === 'cancel') {
    if (current?.jobId === message.jobId) current = null;
    return;
  }
  try {
    const job: Job = {
      jobId: message.jobId,
      layout: createLayout(message, message.initial),
      started: performance.now(),
    };
    current = job;
    setTimeout(() => slice(job), 0);
  } catch (error) {
    current = null;
    post({
      type: 'error',
      jobId: message.jobId,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
