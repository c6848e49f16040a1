/** How long one timed measurement should last: long enough to dwarf timer noise and GC pauses. */
export const TARGET_SECONDS = 1.5;
/** Each measurement is repeated this many times (odd) and the median reported. */
export const REPEATS = 3;
const WARM_UP_SECONDS = 0.3;

export function timeSeconds(work: () => void): number {
  const t0 = performance.now();
  work();
  return (performance.now() - t0) / 1000;
}

/**
 * Runs `work` (which does runs [from, to)) in doubling batches for about WARM_UP_SECONDS, so the
 * JIT has compiled it, and returns the seconds per run of the last batch.
 */
export function warmUp(work: (from: number, to: number) => void): number {
  let done = 0;
  let elapsed = 0;
  let secondsPerRun = 0;
  for (let batch = 1; elapsed < WARM_UP_SECONDS; batch *= 2) {
    const seconds = timeSeconds(() => work(done, done + batch));
    secondsPerRun = seconds / batch;
    elapsed += seconds;
    done += batch;
  }
  return secondsPerRun;
}

/** Runs that fill TARGET_SECONDS at this pace (at least 10). */
export function runsForTarget(secondsPerRun: number): number {
  return Math.max(10, Math.round(TARGET_SECONDS / secondsPerRun));
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[(sorted.length - 1) >> 1];
}
