/**
 * Resolves once the thread has handled the messages already waiting for it, without the delay a
 * chain of timers gets in browsers (at least 4 ms each after a few): a worker running a chunk in
 * slices hears a cancel between two slices and loses almost nothing to the pauses.
 */
export function yieldToMessages(): Promise<void> {
  if (typeof setImmediate === 'function') return new Promise((resolve) => setImmediate(resolve));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
