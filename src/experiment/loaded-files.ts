import type { ReadGraphFile } from './experiment.ts';

/** Reads graph files the person loaded into the app (held in memory, by file name), as they are when read. */
export function loadedFiles(files: () => ReadonlyMap<string, string>): ReadGraphFile {
  return (path) => {
    const text = files().get(path);
    if (text === undefined)
      throw new Error(`The graph file "${path}" is not loaded: use "Load graph file" to open it.`);
    return text;
  };
}
