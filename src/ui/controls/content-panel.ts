import { type Scenario, toModelSpec } from '../../scenario/index.ts';
import { expectedFirstGeneration } from '../../sim/first-generation.ts';
import { prepareModel } from '../../sim/prepared-model.ts';
import type { AppState } from '../app-state.ts';
import { criticalMark } from '../critical-marks.ts';
import { type Commit, createField, type FieldSpec } from './field.ts';
import { createPanel, type Panel } from './panel.ts';

const MODELS = [
  ['independent-cascade', 'Share once (independent cascade)'],
  ['sir', 'Keep sharing until bored (SIR)'],
  ['linear-threshold', 'Convinced by enough friends (threshold)'],
] as const;

const RULES = [
  ['fraction', 'A share of my friends (φ)'],
  ['count', 'A number of my friends'],
  ['uniform-random', 'Everyone differs (random thresholds)'],
] as const;

const DEFAULT_CONTENT: Record<string, unknown> = {
  'independent-cascade': { model: 'independent-cascade', power: 0.1 },
  sir: { model: 'sir', power: 0.1, recovery: 0.5 },
  'linear-threshold': { model: 'linear-threshold', threshold: { rule: 'fraction', phi: 0.18 } },
};

const POWER: FieldSpec = {
  path: ['content', 'power'],
  label: 'Propagation power',
  help: 'The chance that one exposure makes a person pass the content on.',
  type: 'slider',
  min: 0,
  max: 1,
  step: 0.001,
};

/** The content: how it spreads, and the main slider with the tipping point marked on it. */
export function createContentPanel(commit: Commit): Panel {
  let slider: { extra: HTMLElement; max: number } | null = null;
  return createPanel(
    'Content',
    (s: Scenario) =>
      `${s.content.model}:${s.content.model === 'linear-threshold' ? s.content.threshold.rule : ''}`,
    (scenario, body) => {
      const content = scenario.content;
      const model = createField(
        { path: ['content', 'model'], label: 'How it spreads', type: 'select', options: MODELS },
        (_p, value) => commit(['content'], DEFAULT_CONTENT[value as string]),
      );
      const specs: FieldSpec[] = [];
      if (content.model === 'linear-threshold') {
        const rule = createField(
          {
            path: ['content', 'threshold', 'rule'],
            label: 'A person shares when convinced by',
            type: 'select',
            options: RULES,
          },
          (_p, value) =>
            commit(
              ['content', 'threshold'],
              value === 'fraction'
                ? { rule: value, phi: 0.18 }
                : value === 'count'
                  ? { rule: value, count: 2 }
                  : { rule: value },
            ),
        );
        if (content.threshold.rule === 'fraction')
          specs.push({
            path: ['content', 'threshold', 'phi'],
            label: 'Threshold φ (lower = more persuasive content)',
            type: 'slider',
            min: 0,
            max: 1,
            step: 0.001,
          });
        if (content.threshold.rule === 'count')
          specs.push({
            path: ['content', 'threshold', 'count'],
            label: 'Friends needed',
            type: 'number',
            min: 1,
            step: 1,
          });
        const fields = specs.map((s) => createField(s, commit));
        slider =
          fields[0] && content.threshold.rule === 'fraction'
            ? { extra: fields[0].extra, max: 1 }
            : null;
        body.append(model.element, rule.element, ...fields.map((f) => f.element));
        return [model, rule, ...fields];
      }
      specs.push(POWER);
      if (content.model === 'sir')
        specs.push({
          path: ['content', 'recovery'],
          label: 'Loss of interest per step (γ)',
          type: 'slider',
          min: 0.01,
          max: 1,
          step: 0.01,
          help: 'γ = 1 shares once, like the first model.',
        });
      const fields = specs.map((s) => createField(s, commit));
      slider = { extra: fields[0].extra, max: 1 };
      body.append(model.element, ...fields.map((f) => f.element));
      return [model, ...fields];
    },
    (state) => slider && showCritical(state, slider.extra),
  );
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
  if (scenario.content.model !== 'linear-threshold') {
    const model = prepareModel(csr, toModelSpec(scenario.content));
    if (model.kind !== 'transmission') return;
    const count =
      scenario.seeding.strategy === 'explicit'
        ? scenario.seeding.nodes.length
        : scenario.seeding.count;
    const first = expectedFirstGeneration(csr, model, seeds, count);
    const wave = document.createElement('p');
    wave.className = 'first-wave';
    wave.dataset.testid = 'first-wave';
    wave.textContent = `Expected first wave: about ${first < 10 ? first.toFixed(1) : Math.round(first).toLocaleString('en-US')} shares from the seeds.`;
    extra.append(wave);
  }
}
