import { MessageChannel } from 'node:worker_threads';
import { createBuildService } from '../../src/workers/build/build-service.ts';
import type {
  BuildNote,
  BuildPort,
  BuildReply,
  BuildRequest,
} from '../../src/workers/build/protocol.ts';

/**
 * The build worker's service behind a Node message channel: every request and reply is
 * structured-cloned as between a page and a Web Worker, so what does not survive the trip fails here.
 */
export function channelBuildPort(): BuildPort {
  const { port1, port2 } = new MessageChannel();
  const serve = createBuildService();
  const post = (message: BuildReply | BuildNote) => port2.postMessage(message);
  port2.on('message', (request: BuildRequest) => serve(request, post, post));
  port1.unref();
  port2.unref();
  return {
    post: (request) => port1.postMessage(request),
    listen: (onReply, _onFailure, onNote) => {
      port1.removeAllListeners('message');
      port1.on('message', (message: BuildReply | BuildNote) =>
        'progress' in message ? onNote?.(message) : onReply(message),
      );
    },
    terminate: () => {
      port1.close();
      port2.close();
    },
  };
}
