import { ensembleReport, runsCsv } from '../experiment/index.ts';
import { formatJson } from '../format/index.ts';
import { downloadBlob, downloadText, type NetworkView } from '../viz/index.ts';
import type { AppState } from './app-state.ts';
import type { Lab } from './lab.ts';
import { attachMenu } from './menu.ts';
import { openFile } from './open-file.ts';
import {
  exampleScenarios,
  pickFile,
  scenarioBlob,
  scenarioFileName,
  scenarioToHash,
} from './scenario-io/index.ts';
import type { Store } from './store.ts';

const byTestId = <T extends HTMLElement>(id: string) =>
  document.querySelector(`[data-testid="${id}"]`) as T;

/** Examples, Open, Save, Share link and Export. */
export function createHeader(store: Store<AppState>, lab: Lab, view: NetworkView): void {
  attachMenu(byTestId('examples-button'), byTestId('examples-menu'), () =>
    exampleScenarios().map((example) => ({
      title: example.name,
      detail: firstSentence(example.description),
      testid: `example-${example.file.replace(/\.json$/, '')}`,
      action: () => lab.open(example.scenario, `the example “${example.name}”`),
    })),
  );
  byTestId('open-button').addEventListener('click', async () => {
    const file = await pickFile('.json,.txt,.edges,.edgelist,.el,.tsv,.gexf,.graphml,.xml');
    if (file) await openFile(file, store, lab);
  });
  byTestId('save-button').addEventListener('click', () => {
    const { scenario } = store.get();
    downloadBlob(scenarioBlob(scenario), scenarioFileName(scenario));
    store.set({ status: `Saved ${scenarioFileName(scenario)}.` });
  });
  byTestId('share-button').addEventListener('click', async () => {
    const result = await scenarioToHash(store.get().scenario);
    if (!result.ok)
      return store.set({ problems: { source: 'Share link', problems: result.problems } });
    history.replaceState(null, '', result.hash);
    const link = location.href;
    try {
      await navigator.clipboard.writeText(link);
      store.set({
        status: 'Link copied: it carries this whole scenario, and nothing is sent anywhere.',
      });
    } catch {
      store.set({ status: `Share this link (it is also in the address bar): ${link}` });
    }
  });
  attachMenu(byTestId('export-button'), byTestId('export-menu'), () =>
    exportItems(store, lab, view),
  );
}

function exportItems(store: Store<AppState>, lab: Lab, view: NetworkView) {
  const { ensemble } = store.get();
  const experiment = lab.current();
  const items = [
    {
      title: 'Network as PNG',
      testid: 'export-network-png',
      action: async () => downloadBlob(await view.toPngBlob(), 'ripple-network.png'),
    },
    {
      title: 'Network as SVG',
      testid: 'export-network-svg',
      action: () => downloadText(view.toSvg(), 'ripple-network.svg', 'image/svg+xml'),
    },
  ];
  if (experiment && ensemble.status === 'done') {
    const records = ensemble.records;
    items.push(
      {
        title: 'Ensemble runs as CSV',
        testid: 'export-runs-csv',
        action: () => downloadText(runsCsv(records), 'ripple-runs.csv', 'text/csv'),
      },
      {
        title: 'Ensemble results as JSON',
        testid: 'export-results-json',
        action: () =>
          downloadText(
            formatJson(ensembleReport(experiment, records)),
            'ripple-results.json',
            'application/json',
          ),
      },
    );
  }
  return items;
}

function firstSentence(text: string): string {
  const line = text.split('\n')[0];
  const end = line.search(/[.?!](\s|$)/);
  return end > 0 ? line.slice(0, end + 1) : line;
}
