import { loadedFiles } from '../experiment/index.ts';
import type { Scenario } from '../scenario/index.ts';
import {
  browserBuildPort,
  createBrowserPool,
  createWorkerBuilder,
  nextTask,
} from '../workers/index.ts';
import { type AppState, initialState } from './app-state.ts';
import { createBuildRow } from './controls/build-row.ts';
import { createContentPanel } from './controls/content-panel.ts';
import type { Commit } from './controls/field.ts';
import { createGraphPanel } from './controls/graph-panel.ts';
import type { Panel } from './controls/panel.ts';
import { createRunPanel } from './controls/run-panel.ts';
import { setAt } from './controls/scenario-path.ts';
import { createSeedingPanel } from './controls/seeding-panel.ts';
import { createHeader } from './header.ts';
import { Lab } from './lab.ts';
import { createNetworkStage } from './network-stage.ts';
import { openFile } from './open-file.ts';
import { createPlayback } from './playback.ts';
import { createResultsPanel } from './results-panel.ts';
import {
  createAutosave,
  debounce,
  firstExample,
  installDropTarget,
  type OpenResult,
  pickFile,
  renderProblems,
  scenarioFromHash,
} from './scenario-io/index.ts';
import { Store } from './store.ts';
import { installTabs } from './tabs.ts';

/**
 * Builds the page: store, lab, views; restores the last work (share link, then autosave, then
 * the first example). The network is asked for first, so the build worker makes it while the
 * page is put together, and the page is put together in several tasks, none long enough to
 * hold up a click or a frame.
 */
export async function startApp(): Promise<void> {
  await nextTask(); // after the modules' own set-up
  const first = firstExample();
  const autosave = createAutosave(localStorage);
  const restored = await restore(autosave.restore());
  const example = { scenario: first.scenario, source: `the example “${first.name}”` };
  const opening = restored.result?.ok
    ? { scenario: restored.result.scenario, source: restored.source }
    : example;
  const store = new Store<AppState>(initialState(opening.scenario));
  const pool = createBrowserPool();
  // The lab's builds, and the Sweep's and Compare's, each in a worker of their own: edits never
  // wait behind a sweep's networks, and a sweep never pushes the open network out of the cache.
  const readFile = loadedFiles(() => store.get().graphFiles);
  const lab = new Lab(store, pool, createWorkerBuilder(browserBuildPort, readFile));
  const builder = createWorkerBuilder(browserBuildPort, readFile);
  const commit: Commit = (path, value) => lab.edit(setAt(lab.target(), path, value));
  const loadGraphFile = async () => {
    const file = await pickFile('.txt,.edges,.edgelist,.el,.tsv,.gexf,.graphml,.xml');
    if (file) await openFile(file, store, lab);
  };
  const panels = [
    createGraphPanel(commit, loadGraphFile),
    createContentPanel(commit),
    createSeedingPanel(commit),
    createRunPanel(
      commit,
      {
        runOnce: () => void lab.runOnce(),
        runEnsemble: () => void lab.runEnsemble(),
        cancel: () => lab.cancelEnsemble(),
      },
      [createBuildRow(store, () => lab.cancelBuild())],
    ),
  ];
  document.getElementById('controls')!.append(...panels.map((p) => p.element));
  // Not saved over the last work: the example opened in its place when that work cannot be opened.
  const stopgaps = new WeakSet<Scenario>();
  showScenario(store, panels, autosave, () => lab.target(), stopgaps);
  const damaged =
    restored.result?.ok === false
      ? {
          source: restored.source,
          problems: restored.result.problems,
          instead: capitalized(example.source),
        }
      : null;
  const opened = openAtStart(lab, store, opening, example, damaged, stopgaps);

  await nextTask();
  const view = createNetworkStage(store, (node) => void lab.toggleSeed(node));
  createPlayback(store);
  await nextTask();
  createResultsPanel(store);
  createHeader(store, lab, view);
  // The Sweep and Compare views come in a chunk of their own once the network is up, or
  // sooner if their tab is opened first.
  let experiments: Promise<void> | null = null;
  const loadExperiments = () =>
    (experiments ??= import('./experiments/install.ts').then((m) =>
      m.installExperiments(store, lab, pool, builder),
    ));
  installTabs((id) => (id === 'tab-network' ? view.resize() : void loadExperiments()));
  installDropTarget(document.body, (file) => void openFile(file, store, lab));
  await opened;
  await loadExperiments();
}

/**
 * Opens the restored work; if it was damaged, or cannot be built any more (a graph file not
 * loaded since, say), the first example instead, with the problems shown.
 */
async function openAtStart(
  lab: Lab,
  store: Store<AppState>,
  opening: Opening,
  example: Opening,
  damaged: AppState['problems'],
  stopgaps: WeakSet<Scenario>,
): Promise<void> {
  if (damaged) stopgaps.add(example.scenario);
  if (await lab.open(opening.scenario, opening.source)) {
    if (damaged) store.set({ problems: damaged });
    return;
  }
  stopgaps.add(example.scenario);
  const problems = store.get().problems;
  if (opening !== example && problems && (await lab.open(example.scenario, example.source)))
    store.set({ problems: { ...problems, instead: capitalized(example.source) } });
}

interface Opening {
  readonly scenario: Scenario;
  readonly source: string;
}

/**
 * The scenario's name, question, status and problems; the panels' settings; the autosave of
 * `latest`, the newest scenario asked for (leaving the page straight after an edit keeps it,
 * even while it is still being built).
 */
function showScenario(
  store: Store<AppState>,
  panels: readonly Panel[],
  autosave: ReturnType<typeof createAutosave>,
  latest: () => Scenario,
  stopgaps: WeakSet<Scenario>,
): void {
  const name = document.getElementById('scenario-name')!;
  const description = document.getElementById('scenario-description')!;
  const problems = document.getElementById('problems')!;
  const status = document.getElementById('status')!;
  const keep = (scenario: Scenario) => {
    if (stopgaps.has(scenario)) return;
    const warning = autosave.save(scenario);
    if (warning) store.set({ status: warning });
  };
  // What is built (an edit that fails to build is not kept), half a second after it changes.
  const save = debounce(() => keep(store.get().scenario), 500);
  store.subscribe((state, previous) => {
    // Not on every playback step: the panels show settings, seeds and job status, nothing per frame.
    const settingsChanged = (
      ['scenario', 'network', 'stats', 'seeds', 'single', 'ensemble'] as const
    ).some((k) => state[k] !== previous[k]);
    if (state === previous || settingsChanged) for (const panel of panels) panel.sync(state);
    // The question was written for the set-up as opened; after edits, say so rather than mislead.
    const edited = settingsOf(state.scenario) !== settingsOf(state.opened);
    name.textContent = edited ? `${state.scenario.name} (your changes)` : state.scenario.name;
    description.textContent = edited
      ? `You changed the set-up since opening it; the question below was written for the original.\n${state.scenario.description}`
      : state.scenario.description;
    status.textContent = state.building ? 'Building the network…' : state.status;
    if (state.problems !== previous.problems || state === previous) {
      if (state.problems)
        renderProblems(
          problems,
          state.problems.source,
          [...state.problems.problems],
          () => store.set({ problems: null }),
          state.problems.instead,
        );
      else problems.replaceChildren();
    }
    if (state.scenario !== previous.scenario) save();
  });
  addEventListener('pagehide', () => {
    const pending = latest();
    if (pending === store.get().scenario) return save.flush();
    save.cancel();
    keep(pending); // leaving straight after an edit: keep it, though it is still being built
  });
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The share link in the address wins over the autosave; either may be damaged. */
async function restore(
  autosaved: OpenResult | null,
): Promise<{ result: OpenResult | null; source: string }> {
  const linked = await scenarioFromHash(location.hash);
  if (linked) return { result: linked, source: 'the share link' };
  return { result: autosaved, source: 'your last session' };
}

/** The parts of a scenario its question depends on. */
function settingsOf(scenario: AppState['scenario']): string {
  return JSON.stringify([scenario.seed, scenario.graph, scenario.content, scenario.seeding]);
}
