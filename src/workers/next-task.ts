/** Resolves in a later task, so the thread can handle messages, input and painting first. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
