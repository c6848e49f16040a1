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
      // A thread that ends or sends what cannot be read, without an error, still fails its job
      // (the pool ignores this for threads it ended itself).
      worker.on('messageerror', onFailure);
      worker.on('exit', (code) =>
        onFailure(new Error(`an ensemble worker thread stopped (exit code ${code})`)),
      );
    },
    terminate: () => void worker.terminate(),
  };
}
