export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  /** Runs the waiting call now (e.g. when the page is hidden), if there is one. */
  flush(): void;
  /** Drops the waiting call. */
  cancel(): void;
}

/** Calls `fn` with the latest arguments once `ms` have passed without another call. */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): Debounced<A> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: A | undefined;
  const run = () => {
    const args = pending;
    debounced.cancel();
    if (args) fn(...args);
  };
  const debounced = (...args: A) => {
    clearTimeout(timer);
    pending = args;
    timer = setTimeout(run, ms);
  };
  debounced.flush = run;
  debounced.cancel = () => {
    clearTimeout(timer);
    timer = undefined;
    pending = undefined;
  };
  return debounced;
}
