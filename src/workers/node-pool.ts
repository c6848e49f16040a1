import { Worker } from 'node:worker_threads';
import { EnsemblePool, type WorkerPort } from './ensemble-pool.ts';

/** A pool of worker_threads for the CLI and for tests. */
export function createNodePool(size: number): EnsemblePool {
  return new EnsemblePool(nodeWorkerPort, size);
}

function nodeWorkerPort(): WorkerPort {
  // From the sources this is the tsx bootstrap beside this file; in the compiled command
  // (scripts/build-cli.mjs) it is the bundled worker beside the bundle.
  const worker = new Worker(new URL('./node-ensemble-worker.mjs', import.meta.url));
  return {
    post: (message) => worker.postMessage(message),
    listen: (onMessage, onFailure) => {
      worker.on('message', onMessage);
      worker.on('error', onFailure);
    },
    terminate: () => void worker.terminate(),
  };
}
