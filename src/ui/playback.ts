import type { AppState } from './app-state.ts';
import type { Store } from './store.ts';

const SPEEDS = [1, 2, 4, 8, 16];

/** Icon paths on a 16×16 grid: drawn, not typed, so no font is needed for them. */
const ICONS = {
  play: 'M4 2l10 6-10 6z',
  pause: 'M3 2h4v12H3zM9 2h4v12H9z',
  back: 'M2 2h2v12H2zM14 2v12L5 8z',
  forward: 'M12 2h2v12h-2zM2 2v12l9-6z',
};

function setIcon(button: HTMLButtonElement, path: string): void {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  const shape = document.createElementNS(ns, 'path');
  shape.setAttribute('d', path);
  svg.append(shape);
  button.replaceChildren(svg);
}

/**
 * Play, pause, step and scrub through the single run; the clock runs on requestAnimationFrame
 * and writes only the step, so the views redraw once per frame at most.
 */
export function createPlayback(store: Store<AppState>): void {
  const bar = document.getElementById('playback') as HTMLDivElement;
  const button = (label: string, testid: string, icon: string) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.dataset.testid = testid;
    b.setAttribute('aria-label', label);
    setIcon(b, icon);
    return b;
  };
  const back = button('Step back', 'step-back', ICONS.back);
  const play = button('Play', 'play', ICONS.play);
  const forward = button('Step forward', 'step-forward', ICONS.forward);
  const scrub = document.createElement('input');
  scrub.type = 'range';
  scrub.min = '0';
  scrub.step = '1';
  scrub.dataset.testid = 'scrub';
  scrub.setAttribute('aria-label', 'Step of the cascade');
  const speed = document.createElement('select');
  speed.setAttribute('aria-label', 'Playback speed');
  for (const s of SPEEDS) speed.append(new Option(`${s} steps/s`, String(s)));
  speed.value = '2';
  const label = document.createElement('span');
  label.className = 'step-label';
  label.dataset.testid = 'step-label';
  bar.append(back, play, forward, scrub, speed, label);

  const maxStep = () => store.get().single?.cascade.maxStep ?? 0;
  const goTo = (step: number) =>
    store.set({ step: Math.max(0, Math.min(maxStep(), step)), playing: false });
  back.addEventListener('click', () => goTo(store.get().step - 1));
  forward.addEventListener('click', () => goTo(store.get().step + 1));
  scrub.addEventListener('input', () => goTo(Number(scrub.value)));
  speed.addEventListener('change', () => store.set({ speed: Number(speed.value) }));
  play.addEventListener('click', () => {
    const { playing, step } = store.get();
    store.set({ playing: !playing, step: !playing && step >= maxStep() ? 0 : step });
  });

  let last = 0;
  let carried = 0;
  const tick = (now: number) => {
    const { playing, step, speed: rate } = store.get();
    if (playing) {
      carried += ((now - last) / 1000) * rate;
      if (carried >= 1) {
        const next = Math.min(maxStep(), step + Math.floor(carried));
        carried %= 1;
        store.set({ step: next, playing: next < maxStep() });
      }
    } else carried = 0;
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);

  store.subscribe(({ single, step, playing }) => {
    const disabled = !single;
    for (const control of [back, play, forward, scrub, speed]) control.disabled = disabled;
    scrub.max = String(maxStep());
    scrub.value = String(step);
    setIcon(play, playing ? ICONS.pause : ICONS.play);
    play.setAttribute('aria-label', playing ? 'Pause' : 'Play');
    const reached = single
      ? single.observables.newByStep.slice(0, step + 1).reduce((a, b) => a + b, 0)
      : 0;
    label.textContent = single
      ? `step ${step} of ${maxStep()} · ${reached.toLocaleString('en-US')} sharing`
      : 'Run once to watch the spread';
  });
}
