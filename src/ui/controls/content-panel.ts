import {
  expectedFirstWave,
  fieldsFor,
  MODELS,
  type ModelContent,
  type ModelField,
  modelNamed,
  toModelSpec,
} from '../../models/index.ts';
import type { Scenario } from '../../scenario/index.ts';
import type { AppState } from '../app-state.ts';
import { criticalMark } from '../critical-marks.ts';
import { type Commit, createField, type FieldSpec } from './field.ts';
import { createPanel, type Panel } from './panel.ts';
import { getAt } from './scenario-path.ts';

/** The choice of model: each registered model by the words the app uses for it. */
const MODEL_FIELD: FieldSpec = {
  path: ['content', 'model'],
  label: 'How it spreads',
  type: 'select',
  options: MODELS.map((model) => [model.name, model.appLabel] as const),
};

/**
 * The content: how it spreads, and the fields of its model (src/models), the main slider with
 * the tipping point and the expected first wave under it.
 */
export function createContentPanel(commit: Commit): Panel {
  let slider: HTMLElement | null = null;
  return createPanel(
    'Content',
    (s: Scenario) => panelShape(s.content),
    (scenario, body) => {
      const model = createField(MODEL_FIELD, (_p, value) =>
        commit(['content'], structuredClone(modelNamed(String(value))?.defaults)),
      );
      const shown = fieldsFor(scenario.content);
      const fields = shown.map((field) => createField(fieldSpec(field), commitFor(field, commit)));
      const main = shown.findIndex((field) => field.main);
      slider = main >= 0 ? fields[main].extra : null;
      body.append(model.element, ...fields.map((f) => f.element));
      return [model, ...fields];
    },
    (state) => slider && showCritical(state, slider),
  );
}

/** Fields are rebuilt when the model or a choice that decides which fields show changes. */
function panelShape(content: ModelContent): string {
  const choices = fieldsFor(content).filter((field) => field.kind === 'select');
  return [content.model, ...choices.map((field) => String(getAt({ content }, field.path)))].join(
    ':',
  );
}

function fieldSpec(field: ModelField<ModelContent>): FieldSpec {
  return {
    path: field.path,
    label: field.label,
    help: field.help,
    type: field.kind,
    min: field.min,
    max: field.max,
    step: field.step,
    options: field.choices?.map((choice) => [choice.value, choice.label] as const),
  };
}

/** A choice that replaces a whole part of the content (the threshold rule) commits that part. */
function commitFor(field: ModelField<ModelContent>, commit: Commit): Commit {
  const { replaces, choices } = field;
  if (!replaces || !choices) return commit;
  return (_path, value) =>
    commit(replaces, structuredClone(choices.find((choice) => choice.value === value)?.content));
}

/** What the critical mark and first wave were last drawn for: they cost O(edges) to recompute. */
const drawnFor = new WeakMap<HTMLElement, readonly unknown[]>();

/** The critical mark under the slider, and the expected first wave in words. */
function showCritical(state: AppState, extra: HTMLElement): void {
  const { scenario, network, stats, csr, seeds } = state;
  const inputs = [scenario, network, stats, csr, seeds];
  const last = drawnFor.get(extra);
  if (last?.every((v, i) => v === inputs[i])) return;
  drawnFor.set(extra, inputs);
  extra.replaceChildren();
  if (!network || !stats || !csr) return;
  const mark = criticalMark(scenario, network, stats);
  if (mark) {
    const track = document.createElement('div');
    track.className = 'critical-track';
    const tick = document.createElement('span');
    tick.className = 'critical-tick';
    tick.style.left = `${Math.min(100, mark.value * 100)}%`;
    track.append(tick);
    const text = document.createElement('p');
    text.className = 'critical-text';
    text.dataset.testid = 'critical-text';
    text.textContent = mark.text;
    extra.append(track, text);
  }
  const count =
    scenario.seeding.strategy === 'explicit'
      ? scenario.seeding.nodes.length
      : scenario.seeding.count;
  const first = expectedFirstWave(csr, toModelSpec(scenario.content), seeds, count);
  if (first === null) return;
  const wave = document.createElement('p');
  wave.className = 'first-wave';
  wave.dataset.testid = 'first-wave';
  wave.textContent = `Expected first wave: about ${first < 10 ? first.toFixed(1) : Math.round(first).toLocaleString('en-US')} shares from the seeds.`;
  extra.append(wave);
}
