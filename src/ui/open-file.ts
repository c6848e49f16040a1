import type { AppState } from './app-state.ts';
import type { Lab } from './lab.ts';
import { classifyFile, readScenarioFile } from './scenario-io/index.ts';
import type { Store } from './store.ts';

/** Largest graph file the app reads (the CLI reads bigger ones). */
const MAX_GRAPH_BYTES = 50 * 1024 * 1024;

/** Opens a dropped or picked file: a scenario replaces the set-up; a graph file becomes its graph. */
export async function openFile(file: File, store: Store<AppState>, lab: Lab): Promise<void> {
  const problem = (message: string) =>
    store.set({
      problems: {
        source: file.name,
        problems: [{ path: '$', expected: 'a scenario or graph file', found: file.name, message }],
      },
    });
  const kind = classifyFile(file.name);
  if (kind === 'scenario') {
    const result = await readScenarioFile(file);
    if (result.ok) await lab.open(result.scenario, `“${file.name}”`);
    else store.set({ problems: { source: file.name, problems: result.problems } });
    return;
  }
  if (kind === 'graph') {
    if (file.size > MAX_GRAPH_BYTES)
      return problem(
        `This graph file is ${(file.size / 2 ** 20).toFixed(0)} MB; the app reads up to 50 MB (the ripple command reads more).`,
      );
    const problems = await lab.loadGraphFile(file.name, await file.text());
    if (problems.length) store.set({ problems: { source: file.name, problems } });
    else store.set({ problems: null, status: `Loaded the network from “${file.name}”.` });
    return;
  }
  problem(
    'Ripple opens scenario files (.json) and graph files (.txt edge lists, .gexf, .graphml).',
  );
}
