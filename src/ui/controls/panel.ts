import type { Scenario } from '../../scenario/index.ts';
import type { AppState } from '../app-state.ts';
import type { Field } from './field.ts';

export interface Panel {
  readonly element: HTMLElement;
  sync(state: AppState): void;
}

/**
 * A titled group of fields. Its fields are rebuilt only when the panel's shape changes (another
 * generator, model or strategy); otherwise they just show the current values, so typing in a
 * field never loses focus.
 */
export function createPanel(
  title: string,
  shapeOf: (scenario: Scenario) => string,
  build: (scenario: Scenario, body: HTMLElement) => Field[],
  after?: (state: AppState, body: HTMLElement) => void,
  className = '',
): Panel {
  const element = document.createElement('details');
  element.className = `panel ${className}`.trim();
  element.open = true;
  const summary = document.createElement('summary');
  summary.textContent = title;
  const body = document.createElement('div');
  body.className = 'panel-body';
  element.append(summary, body);
  let shape: string | null = null;
  let fields: Field[] = [];
  return {
    element,
    sync(state) {
      const next = shapeOf(state.scenario);
      if (next !== shape) {
        shape = next;
        body.replaceChildren();
        fields = build(state.scenario, body);
      }
      for (const field of fields) field.sync(state.scenario);
      after?.(state, body);
    },
  };
}
