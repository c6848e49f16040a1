import { parentPort } from 'node:worker_threads';
import { createWorkerCore } from './ensemble-worker-core.ts';
import type { ToWorker } from './protocol.ts';

/** worker_threads entry for the CLI's pool (started through node-ensemble-worker.mjs). */
const port = parentPort;
if (!port) throw new Error('node-ensemble-worker must run in a worker thread');
const handle = createWorkerCore((message) => port.postMessage(message));
port.on('message', (message: ToWorker) => handle(message));
