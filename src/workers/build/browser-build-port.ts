import type { BuildPort } from './protocol.ts';

/** The build worker as a Web Worker. */
export function browserBuildPort(): BuildPort {
  const worker = new Worker(new URL('./build-worker.ts', import.meta.url), {
    type: 'module',
    name: 'ripple-build',
  });
  return {
    post: (request) => worker.postMessage(request),
    listen: (onReply, onFailure, onNote) => {
      worker.onmessage = (event) =>
        'progress' in event.data ? onNote?.(event.data) : onReply(event.data);
      worker.onerror = (event) => onFailure(new Error(event.message || 'the build worker failed'));
    },
    terminate: () => worker.terminate(),
  };
}
