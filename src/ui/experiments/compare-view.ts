import { compareOutput } from '../../experiment/index.ts';
import { validateScenario } from '../../scenario/index.ts';
import {
  createCompareChart,
  downloadBlob,
  downloadText,
  svgToPngBlob,
  svgToString,
} from '../../viz/index.ts';
import type { AppState } from '../app-state.ts';
import type { Lab } from '../lab.ts';
import type { Store } from '../store.ts';
import { button, numberInput, progressRow } from '../widgets.ts';
import type { CompareController } from './compare-controller.ts';
import { PRESETS, presetLabel } from './compare-presets.ts';

/**
 * The Compare view: seeding strategies at the same budget, on the same network and the same
 * luck, with costs; reach, P(global) and reach per cost with 95% intervals, and a verdict that
 * says when a difference is not significant.
 */
export function createCompareView(
  container: HTMLElement,
  store: Store<AppState>,
  lab: Lab,
  compare: CompareController,
): void {
  const budget = numberInput('Seeds each (the budget)', 10, 1, 'compare-budget');
  const perSeed = numberInput('Cost per seed', 1, 0.1, 'compare-cost-seed');
  const perFollower = numberInput('+ per follower', 0, 0.001, 'compare-cost-follower');
  const runs = numberInput('runs each', 300, 10, 'compare-runs');
  const choices = document.createElement('fieldset');
  choices.className = 'experiment-choices';
  const legend = document.createElement('legend');
  legend.textContent = 'Strategies';
  choices.append(legend);
  const boxes = PRESETS.map((preset, i) => {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = preset.chosen;
    box.dataset.testid = `compare-preset-${i}`;
    label.append(box, preset.label);
    choices.append(label);
    return box;
  });
  const progress = progressRow('compare-progress', 'Comparison progress');
  const run = button('Compare', 'run-compare', () => void start(), true);
  const cancel = button('Cancel', 'cancel-compare', () => compare.cancel());
  const exports = ['PNG', 'SVG', 'CSV', 'JSON'].map((kind) =>
    button(kind, `compare-export-${kind.toLowerCase()}`, () => void exportAs(kind)),
  );
  const settings = document.createElement('div');
  settings.className = 'experiment-row';
  settings.append(budget.element, perSeed.element, perFollower.element, runs.element);
  const actions = document.createElement('div');
  actions.className = 'experiment-row';
  actions.append(run, cancel, progress.element, ...exports);
  const problem = document.createElement('p');
  problem.className = 'field-error';
  problem.dataset.testid = 'compare-problem';
  const chartHost = document.createElement('div');
  const verdict = document.createElement('p');
  verdict.className = 'caption verdict';
  verdict.dataset.testid = 'compare-verdict';
  container.append(choices, settings, actions, problem, chartHost, verdict);
  const chart = createCompareChart(chartHost);

  async function start(): Promise<void> {
    const experiment = lab.current();
    if (!experiment) return;
    const k = Math.max(1, Math.round(Number(budget.input.value)));
    const variants = PRESETS.filter((_, i) => boxes[i].checked).map((p) => ({
      label: presetLabel(p, k),
      seeding: p.seeding(k),
    }));
    const cost = {
      perSeed: Number(perSeed.input.value),
      perFollower: Number(perFollower.input.value),
    };
    const { scenario } = experiment;
    const checked = validateScenario({
      ...scenario,
      run: { ...scenario.run, runs: Number(runs.input.value) },
      compare: { variants, cost },
    });
    if (!checked.ok) {
      problem.textContent = checked.problems.map((p) => `${p.path}: ${p.message}`).join(' ');
      return;
    }
    problem.textContent = '';
    await compare.run({ ...experiment, scenario: checked.scenario }, checked.scenario.compare!);
  }

  async function exportAs(kind: string): Promise<void> {
    const { runs: done } = store.get().compare;
    if (kind === 'PNG') downloadBlob(await svgToPngBlob(chart.svg()), 'ripple-compare.png');
    if (kind === 'SVG')
      downloadText(svgToString(chart.svg()), 'ripple-compare.svg', 'image/svg+xml');
    const cost = {
      perSeed: Number(perSeed.input.value),
      perFollower: Number(perFollower.input.value),
    };
    if (kind === 'CSV' && done.length)
      downloadText(compareOutput(done, cost, 'csv'), 'ripple-compare.csv', 'text/csv');
    if (kind === 'JSON' && done.length)
      downloadText(compareOutput(done, cost, 'json'), 'ripple-compare.json', 'application/json');
  }

  store.subscribe((all, previous) => {
    const { compare: state, network } = all;
    // Redrawn only when what it shows changed, not on every change of the store (a build's progress).
    if (all !== previous && state === previous.compare && network === previous.network) return;
    const running = state.status === 'running';
    run.disabled = running || !network;
    cancel.hidden = !running;
    for (const b of exports) b.disabled = state.status !== 'done';
    progress.update(
      running,
      state.done,
      state.total,
      state.status === 'done' ? null : state.message,
    );
    chart.update(state.verdict);
    verdict.textContent = state.verdict ? state.verdict.verdict : chart.caption();
  });
}
