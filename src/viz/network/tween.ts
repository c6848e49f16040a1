import { type Timer, timer } from 'd3';

/**
 * Calls `frame` with progress 0 → 1 over `duration` ms, once per animation frame; starting a
 * new tween on the same handle stops the old one, so fast playback never stacks animations.
 */
export function createTween() {
  let running: Timer | null = null;
  const stop = (): void => {
    running?.stop();
    running = null;
  };
  return {
    start(duration: number, frame: (t: number) => void): void {
      stop();
      const active = timer((elapsed) => {
        const t = Math.min(1, elapsed / duration);
        frame(t);
        if (t >= 1 && running === active) stop();
      });
      running = active;
    },
    stop,
  };
}
