import type { Scenario } from '../../scenario/index.ts';
import type { AppState } from '../app-state.ts';
import { button, progressRow } from '../widgets.ts';
import { type Commit, createField } from './field.ts';
import { createPanel, type Panel } from './panel.ts';

export interface RunActions {
  runOnce(): void;
  runEnsemble(): void;
  cancel(): void;
}

/**
 * Run once and watch, or run an ensemble in the workers with progress and cancel; below them,
 * `below` (the build under way, with its own Cancel), so all the work going on is in one place.
 */
export function createRunPanel(
  commit: Commit,
  actions: RunActions,
  below: readonly HTMLElement[] = [],
): Panel {
  const once = button('Run once', 'run-once', actions.runOnce, true);
  const many = button('Run ensemble', 'run-ensemble', actions.runEnsemble);
  const cancel = button('Cancel', 'cancel', actions.cancel);
  const progress = progressRow('ensemble-progress', 'Ensemble progress');
  return createPanel(
    'Runs',
    () => 'runs',
    (_scenario: Scenario, body) => {
      const fields = [
        createField(
          {
            path: ['run', 'runs'],
            label: 'Runs in an ensemble',
            type: 'number',
            min: 1,
            max: 100_000,
            step: 1,
          },
          commit,
        ),
        createField(
          {
            path: ['run', 'globalFraction'],
            label: 'A global cascade reaches at least (share of people)',
            type: 'slider',
            min: 0.01,
            max: 1,
            step: 0.01,
          },
          commit,
        ),
      ];
      const buttons = document.createElement('div');
      buttons.className = 'button-row';
      buttons.append(once, many, cancel);
      body.append(...fields.map((f) => f.element), buttons, progress.element, ...below);
      return fields;
    },
    (state: AppState) => {
      const { ensemble, network } = state;
      const running = ensemble.status === 'running';
      once.disabled = !network;
      once.textContent = state.single ? 'Run again' : 'Run once';
      many.disabled = !network || running;
      cancel.hidden = !running;
      progress.update(running, ensemble.done, ensemble.total, ensemble.message);
    },
    // Kept in view at the bottom of the settings, so Run, progress and Cancel never scroll away.
    'run-panel',
  );
}
