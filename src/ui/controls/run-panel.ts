import type { Scenario } from '../../scenario/index.ts';
import type { AppState } from '../app-state.ts';
import { createField, type Commit } from './field.ts';
import { createPanel, type Panel } from './panel.ts';

export interface RunActions {
  runOnce(): void;
  runEnsemble(): void;
  cancel(): void;
}

/** Run once and watch, or run an ensemble in the workers with progress and cancel. */
export function createRunPanel(commit: Commit, actions: RunActions): Panel {
  const button = (text: string, testid: string, onClick: () => void, primary = false): HTMLButtonElement => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = text;
    b.dataset.testid = testid;
    if (primary) b.className = 'primary';
    b.addEventListener('click', onClick);
    return b;
  };
  const once = button('Run once', 'run-once', actions.runOnce, true);
  const many = button('Run ensemble', 'run-ensemble', actions.runEnsemble);
  const cancel = button('Cancel', 'cancel', actions.cancel);
  const progress = document.createElement('progress');
  progress.dataset.testid = 'ensemble-progress';
  progress.setAttribute('aria-label', 'Ensemble progress');
  const progressText = document.createElement('span');
  progressText.className = 'progress-text';
  progressText.setAttribute('aria-live', 'polite');
  return createPanel(
    'Runs',
    () => 'runs',
    (_scenario: Scenario, body) => {
      const fields = [
        createField({ path: ['run', 'runs'], label: 'Runs in an ensemble', type: 'number', min: 1, max: 100_000, step: 1 }, commit),
        createField({ path: ['run', 'globalFraction'], label: 'A global cascade reaches at least (share of people)', type: 'slider', min: 0.01, max: 1, step: 0.01 }, commit),
      ];
      const buttons = document.createElement('div');
      buttons.className = 'button-row';
      buttons.append(once, many, cancel);
      const bar = document.createElement('div');
      bar.className = 'progress-row';
      bar.append(progress, progressText);
      body.append(...fields.map((f) => f.element), buttons, bar);
      return fields;
    },
    (state: AppState) => {
      const { ensemble, network } = state;
      const running = ensemble.status === 'running';
      once.disabled = !network;
      once.textContent = state.single ? 'Run again' : 'Run once';
      many.disabled = !network || running;
      cancel.hidden = !running;
      progress.hidden = !running;
      progress.max = Math.max(1, ensemble.total);
      progress.value = ensemble.done;
      progressText.textContent = running ? `${ensemble.done.toLocaleString('en-US')} of ${ensemble.total.toLocaleString('en-US')} runs` : ensemble.message ?? '';
    },
    // Kept in view at the bottom of the settings, so Run, progress and Cancel never scroll away.
    'run-panel',
  );
}
