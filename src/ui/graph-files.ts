import type { ReadGraphFile } from '../experiment/experiment.ts';
import type { AppState } from './app-state.ts';
import type { Store } from './store.ts';

/** Reads a graph file the person loaded into the app (they live in memory, by file name). */
export function loadedGraphFiles(store: Store<AppState>): ReadGraphFile {
  return (path) => {
    const text = store.get().graphFiles.get(path);
    if (text === undefined) throw new Error(`The graph file "${path}" is not loaded: use "Load graph file" to open it.`);
    return text;
  };
}
