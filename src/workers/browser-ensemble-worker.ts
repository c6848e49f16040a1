/// <reference lib="webworker" />
import { createWorkerCore } from './ensemble-worker-core.ts';
import type { ToWorker } from './protocol.ts';

/** Web Worker entry for the app's ensemble pool. */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createWorkerCore((message) => scope.postMessage(message));
scope.onmessage = (event: MessageEvent<ToWorker>) => handle(event.data);
