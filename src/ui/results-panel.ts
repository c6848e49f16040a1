import { globalByFirstWave } from '../analysis/index.ts';
import { formatPercent } from '../format/index.ts';
import {
  createDegreeChart,
  createFirstWaveChart,
  createObservablesTable,
  createReachHistogram,
  createSpreadChart,
  downloadBlob,
  downloadText,
  svgToPngBlob,
  svgToString,
} from '../viz/index.ts';
import type { AppState } from './app-state.ts';
import { people } from './lab.ts';
import type { Store } from './store.ts';

interface Card {
  readonly body: HTMLElement;
  readonly caption: HTMLParagraphElement;
}

/** A titled result card; charts get PNG and SVG export buttons. */
function card(
  parent: HTMLElement,
  title: string,
  testid: string,
  svg?: () => SVGSVGElement,
  fileName?: string,
): Card {
  const element = document.createElement('section');
  element.className = 'result-card';
  element.dataset.testid = testid;
  const heading = document.createElement('h3');
  heading.textContent = title;
  // Charts carry their own title; a card heading above them would say it twice.
  heading.className = svg ? 'visually-hidden' : '';
  if (svg && fileName) {
    const actions = document.createElement('div');
    actions.className = 'card-actions';
    const png = Object.assign(document.createElement('button'), {
      type: 'button',
      textContent: 'PNG',
      title: `Download “${title}” as PNG`,
    });
    const vector = Object.assign(document.createElement('button'), {
      type: 'button',
      textContent: 'SVG',
      title: `Download “${title}” as SVG`,
    });
    png.setAttribute('aria-label', `Download “${title}” as PNG`);
    vector.setAttribute('aria-label', `Download “${title}” as SVG`);
    png.dataset.testid = `${testid}-png`;
    vector.dataset.testid = `${testid}-svg`;
    png.addEventListener('click', async () =>
      downloadBlob(await svgToPngBlob(svg()), `${fileName}.png`),
    );
    vector.addEventListener('click', () =>
      downloadText(svgToString(svg()), `${fileName}.svg`, 'image/svg+xml'),
    );
    actions.append(png, vector);
    element.append(actions);
  }
  const body = document.createElement('div');
  const caption = document.createElement('p');
  caption.className = 'caption';
  element.append(heading, body, caption);
  parent.append(element);
  return { body, caption };
}

/** The results column: spread over time, reach across runs, observables, degrees. */
export function createResultsPanel(store: Store<AppState>): void {
  const column = document.getElementById('results') as HTMLElement;
  const headline = card(column, 'Does it tip?', 'headline');
  let spread: ReturnType<typeof createSpreadChart> | null = null;
  let reach: ReturnType<typeof createReachHistogram> | null = null;
  let degrees: ReturnType<typeof createDegreeChart> | null = null;
  let firstWave: ReturnType<typeof createFirstWaveChart> | null = null;
  const spreadCard = card(
    column,
    'Spread over time',
    'spread-chart',
    () => spread!.svg(),
    'ripple-spread',
  );
  const reachCard = card(
    column,
    'How far it got, run after run',
    'reach-chart',
    () => reach!.svg(),
    'ripple-reach',
  );
  const waveCard = card(
    column,
    'The first wave decides',
    'first-wave-chart',
    () => firstWave!.svg(),
    'ripple-first-wave',
  );
  const tableCard = card(column, 'Per-run observables', 'observables');
  const degreeCard = card(
    column,
    "The network's degrees",
    'degree-chart',
    () => degrees!.svg(),
    'ripple-degrees',
  );
  spread = createSpreadChart(spreadCard.body);
  reach = createReachHistogram(reachCard.body);
  degrees = createDegreeChart(degreeCard.body);
  firstWave = createFirstWaveChart(waveCard.body);
  const table = createObservablesTable(tableCard.body);

  store.subscribe((state, previous) => {
    const { single, ensemble, stats, network, step } = state;
    const nodes = network?.n ?? 0;
    if (
      state === previous ||
      single !== previous.single ||
      ensemble !== previous.ensemble ||
      step !== previous.step
    ) {
      spread!.update(
        network && (single || ensemble.summary)
          ? {
              single: single ? { newByStep: single.observables.newByStep } : undefined,
              band: ensemble.summary?.timeline,
              currentStep: single ? step : undefined,
              nodes,
            }
          : null,
      );
      spreadCard.caption.textContent = spread!.caption();
    }
    if (state === previous || ensemble !== previous.ensemble) {
      const s = ensemble.summary;
      reach!.update(
        s
          ? { histogram: s.sizeHistogram, nodes, minReach: s.pGlobal.minReach, pGlobal: s.pGlobal }
          : null,
      );
      reachCard.caption.textContent = reach!.caption();
      table.update(s, nodes);
      firstWave!.update(
        s ? globalByFirstWave(ensemble.records, nodes, s.pGlobal.globalFraction) : null,
      );
      waveCard.caption.textContent = firstWave!.caption();
      tableCard.caption.textContent = table.caption();
    }
    if (state === previous || single !== previous.single || ensemble !== previous.ensemble)
      headline.body.replaceChildren(headlineText(state));
    if (state === previous || stats !== previous.stats) {
      degrees!.update(stats);
      degreeCard.caption.textContent = degrees!.caption();
    }
  });
}

/** The answer in one line: P(global) from the ensemble, or the last run's reach. */
function headlineText({ ensemble, single, network }: AppState): HTMLElement {
  const p = document.createElement('p');
  p.className = 'headline';
  p.dataset.testid = 'headline-value';
  const small = document.createElement('small');
  const s = ensemble.summary;
  if (s) {
    const [lo, hi] = s.pGlobal.ci95;
    p.textContent = `${(s.pGlobal.value * 100).toFixed(0)}% of runs went global `;
    small.textContent = `(95% CI ${(lo * 100).toFixed(0)}–${(hi * 100).toFixed(0)}%; mean reach ${Math.round(s.reach.mean).toLocaleString('en-US')} of ${s.nodes.toLocaleString('en-US')} people over ${s.runs} runs)`;
  } else if (single && network) {
    p.textContent = `This run reached ${people(single.observables.reach)} `;
    small.textContent = `(${formatPercent(single.observables.reach / network.n)} of the network). Run an ensemble to see how often content like this tips.`;
  } else {
    p.textContent = '';
    small.textContent =
      'Press “Run once” to drop the stone, or “Run ensemble” to see how often it tips.';
  }
  p.append(small);
  return p;
}
