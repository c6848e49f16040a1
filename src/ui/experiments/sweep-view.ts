import { sweepOutput } from '../../experiment/index.ts';
import {
  createHeatmapChart,
  createSweepChart,
  downloadBlob,
  downloadText,
  svgToPngBlob,
  svgToString,
} from '../../viz/index.ts';
import type { AppState } from '../app-state.ts';
import type { Store } from '../store.ts';
import { button, numberInput, progressRow, selectInput } from '../widgets.ts';
import type { SweepController } from './sweep-controller.ts';
import {
  parametersFor,
  SWEEP_PARAMETERS,
  type SweepParameter,
  sweepValues,
} from './sweep-parameters.ts';

/**
 * The Sweep view: vary one setting (a line chart of reach and P(global) with the tipping point
 * marked) or two (a heat map of P(global)); points appear as they finish.
 */
export function createSweepView(
  container: HTMLElement,
  store: Store<AppState>,
  sweeps: SweepController,
): void {
  const x = selectInput('Vary', [], 'sweep-parameter');
  const from = numberInput('from', 0, 0.01, 'sweep-from');
  const to = numberInput('to', 1, 0.01, 'sweep-to');
  const steps = numberInput('values', 11, 1, 'sweep-steps');
  const y = selectInput('and', [], 'sweep-parameter-2');
  const from2 = numberInput('from', 1, 1, 'sweep-from-2');
  const to2 = numberInput('to', 10, 1, 'sweep-to-2');
  const steps2 = numberInput('values', 5, 1, 'sweep-steps-2');
  const runs = numberInput('runs per value', 200, 10, 'sweep-runs');
  const progress = progressRow('sweep-progress', 'Sweep progress');
  const run = button('Run sweep', 'run-sweep', () => void start(), true);
  const cancel = button('Cancel', 'cancel-sweep', () => sweeps.cancel());
  const exports = ['PNG', 'SVG', 'CSV', 'JSON'].map((kind) =>
    button(kind, `sweep-export-${kind.toLowerCase()}`, () => void exportAs(kind)),
  );
  const form = document.createElement('div');
  form.className = 'experiment-form';
  const second = document.createElement('div');
  second.className = 'experiment-row';
  second.append(y.element, from2.element, to2.element, steps2.element);
  const first = document.createElement('div');
  first.className = 'experiment-row';
  first.append(x.element, from.element, to.element, steps.element, runs.element);
  const actions = document.createElement('div');
  actions.className = 'experiment-row';
  actions.append(run, cancel, progress.element, ...exports);
  form.append(first, second, actions);
  const lineHost = document.createElement('div');
  const heatHost = document.createElement('div');
  const caption = document.createElement('p');
  caption.className = 'caption';
  caption.dataset.testid = 'sweep-caption';
  container.append(form, lineHost, heatHost, caption);
  const line = createSweepChart(lineHost);
  const heat = createHeatmapChart(heatHost);

  const byPath = (path: string): SweepParameter | undefined =>
    SWEEP_PARAMETERS.find((p) => p.path === path);
  const fillRange = (select: HTMLSelectElement, a: HTMLInputElement, b: HTMLInputElement) => {
    const p = byPath(select.value);
    if (!p) return;
    a.value = String(p.from);
    b.value = String(p.to);
  };
  x.select.addEventListener('change', () => fillRange(x.select, from.input, to.input));
  y.select.addEventListener('change', () => fillRange(y.select, from2.input, to2.input));

  async function start(): Promise<void> {
    const { scenario } = store.get();
    const px = byPath(x.select.value);
    if (!px) return;
    const py = byPath(y.select.value);
    const base = {
      ...scenario,
      run: { ...scenario.run, runs: Math.max(1, Math.round(Number(runs.input.value))) },
    };
    await sweeps.run(
      base,
      {
        parameter: px.path,
        values: sweepValues(
          px,
          Number(from.input.value),
          Number(to.input.value),
          Number(steps.input.value),
        ),
      },
      py
        ? {
            parameter: py.path,
            values: sweepValues(
              py,
              Number(from2.input.value),
              Number(to2.input.value),
              Number(steps2.input.value),
            ),
          }
        : null,
    );
  }

  async function exportAs(kind: string): Promise<void> {
    const { sweep } = store.get();
    const svg = sweep.y ? heat.svg() : line.svg();
    if (kind === 'PNG') downloadBlob(await svgToPngBlob(svg), 'ripple-sweep.png');
    if (kind === 'SVG') downloadText(svgToString(svg), 'ripple-sweep.svg', 'image/svg+xml');
    if (kind === 'CSV' && sweep.result)
      downloadText(sweepOutput(sweep.result, 'csv'), 'ripple-sweep.csv', 'text/csv');
    if (kind === 'JSON' && sweep.result)
      downloadText(sweepOutput(sweep.result, 'json'), 'ripple-sweep.json', 'application/json');
  }

  let shape = '';
  store.subscribe((state, previous) => {
    const { scenario, sweep, network } = state;
    // Redrawn only when what it shows changed, not on every change of the store (a build's progress).
    if (
      state !== previous &&
      scenario === previous.scenario &&
      sweep === previous.sweep &&
      network === previous.network
    )
      return;
    const options = parametersFor(scenario);
    const key = options.map((p) => p.path).join();
    if (key !== shape) {
      shape = key;
      const keep = x.select.value;
      x.select.replaceChildren(...options.map((p) => new Option(p.label, p.path)));
      y.select.replaceChildren(
        new Option('nothing else (one parameter)', ''),
        ...options.map((p) => new Option(p.label, p.path)),
      );
      x.select.value = options.some((p) => p.path === keep) ? keep : (options[0]?.path ?? '');
      fillRange(x.select, from.input, to.input);
    }
    const running = sweep.status === 'running';
    run.disabled = running || !network || options.length === 0;
    cancel.hidden = !running;
    for (const b of exports)
      b.disabled =
        sweep.status === 'idle' ||
        (running && (b.textContent === 'CSV' || b.textContent === 'JSON'));
    progress.update(running, sweep.done, sweep.total, sweep.message);
    const twoD = sweep.y !== null;
    lineHost.hidden = twoD;
    heatHost.hidden = !twoD;
    const label = byPath(sweep.x?.parameter ?? x.select.value)?.label ?? '';
    const done = sweep.points.filter((p) => p !== null);
    if (!twoD) {
      const row = sweep.rows[0];
      line.update(
        done.length
          ? {
              parameterLabel: label,
              nodes: done[0]!.summary.nodes,
              points: done.map((p) => ({ value: p!.x, summary: p!.summary })),
              estimate: row?.estimate ?? null,
              theory: row?.theory ?? null,
              show: { smallCascades: true, spread: true },
            }
          : null,
      );
    } else if (sweep.x && sweep.y) {
      const xs = sweep.x.values;
      const grid = sweep.y.values.map((_, r) =>
        xs.map((_, c) => sweep.points[r * xs.length + c]?.summary.pGlobal.value ?? null),
      );
      heat.update({
        xLabel: label,
        yLabel: byPath(sweep.y.parameter)?.label ?? '',
        xValues: xs,
        yValues: sweep.y.values,
        pGlobal: grid,
      });
    }
    caption.textContent = twoD ? heat.caption() : line.caption();
  });
}
