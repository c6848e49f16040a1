import type { ReadGraphFile } from '../../experiment/index.ts';
import { type CliIo, UserError } from '../cli-io.ts';

/** Graph files named in a scenario are found relative to the scenario's folder. */
export function readGraphFileFrom(io: CliIo, baseDir: string): ReadGraphFile {
  return (path) => {
    const full = io.resolvePath(baseDir, path);
    try {
      return io.readFile(full);
    } catch {
      throw new UserError(`Cannot read the graph file "${full}" named in the scenario.`, 1);
    }
  };
}
