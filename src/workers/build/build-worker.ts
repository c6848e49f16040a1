/// <reference lib="webworker" />
// First, before any schema is built (module imports run in order): no eval under the CSP.
import '../../scenario/zod-config.ts';
import { createBuildService } from './build-service.ts';
import type { BuildRequest } from './protocol.ts';

/** Module worker that builds networks, their statistics and seeds off the page's thread. */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const serve = createBuildService();

scope.onmessage = (event: MessageEvent<BuildRequest>) => {
  const post = (message: unknown) => scope.postMessage(message);
  serve(event.data, post, post);
};
