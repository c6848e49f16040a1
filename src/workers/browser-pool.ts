import { EnsemblePool, type WorkerPort } from './ensemble-pool.ts';

/** A pool of Web Workers, one per core the browser reports (at least 1, at most 8). */
export function createBrowserPool(
  size = Math.min(8, Math.max(1, navigator.hardwareConcurrency || 2)),
): EnsemblePool {
  return new EnsemblePool(browserWorkerPort, size);
}

function browserWorkerPort(): WorkerPort {
  const worker = new Worker(new URL('./browser-ensemble-worker.ts', import.meta.url), {
    type: 'module',
    name: 'ripple-ensemble',
  });
  return {
    post: (message) => worker.postMessage(message),
    listen: (onMessage, onFailure) => {
      worker.onmessage = (event) => onMessage(event.data);
      worker.onerror = (event) =>
        onFailure(new Error(event.message || 'an ensemble worker failed'));
      worker.onmessageerror = () =>
        onFailure(new Error('a reply from an ensemble worker could not be read'));
    },
    terminate: () => worker.terminate(),
  };
}
