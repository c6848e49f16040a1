import type { LayoutGraph } from './initial-positions.ts';
import type { FromLayoutWorker, ToLayoutWorker } from './protocol.ts';

export interface LayoutClient {
  /** Lays out a new graph from `initial`, forgetting any layout still running. */
  start(graph: LayoutGraph, initial: Float32Array): void;
  terminate(): void;
}

/**
 * The page's side of the layout worker: one worker, started on first use, one job per graph;
 * messages from superseded jobs are dropped by id.
 */
export function createLayoutClient(
  onPositions: (xy: Float32Array, done: boolean) => void,
  onError: (message: string) => void,
): LayoutClient {
  let worker: Worker | null = null;
  let jobId = 0;

  const spawn = (): Worker => {
    const w = new Worker(new URL('./layout-worker.ts', import.meta.url), {
      type: 'module',
    });
    w.onmessage = (event: MessageEvent<FromLayoutWorker>) => {
      const message = event.data;
      if (message.jobId !== jobId) return;
      if (message.type === 'positions') onPositions(message.xy, message.done);
      else onError(message.message);
    };
    w.onerror = (event) => onError(event.message || 'The layout worker failed.');
    return w;
  };

  return {
    start(graph, initial) {
      worker ??= spawn();
      const previous = jobId++;
      worker.postMessage({ type: 'cancel', jobId: previous } satisfies ToLayoutWorker);
      worker.postMessage({
        type: 'start',
        jobId,
        n: graph.n,
        src: graph.src,
        dst: graph.dst,
        initial,
      } satisfies ToLayoutWorker);
    },
    terminate() {
      worker?.terminate();
      worker = null;
      jobId++;
    },
  };
}
