import { MessageChannel } from 'node:worker_threads';
import { createBuildService } from '../../src/workers/build/build-service.ts';
import type { BuildPort, BuildReply, BuildRequest } from '../../src/workers/build/protocol.ts';

/**
 * The build worker's service behind a Node message channel: every request and reply is
 * structured-cloned as between a page and a Web Worker, so what does not survive the trip fails here.
 */
export function channelBuildPort(): BuildPort {
  const { port1, port2 } = new MessageChannel();
  const serve = createBuildService();
  port2.on('message', (request: BuildRequest) =>
    serve(request, (reply) => port2.postMessage(reply)),
  );
  port1.unref();
  port2.unref();
  return {
    post: (request) => port1.postMessage(request),
    listen: (onReply: (reply: BuildReply) => void) => {
      port1.removeAllListeners('message');
      port1.on('message', onReply);
    },
    terminate: () => {
      port1.close();
      port2.close();
    },
  };
}
