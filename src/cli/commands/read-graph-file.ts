import type { ReadGraphFile } from '../../experiment/index.ts';
import { formatCount } from '../../format/index.ts';
import type { GraphSpec } from '../../scenario/index.ts';
import type { ParsedOptions } from '../args.ts';
import { UnreadableFile } from '../bounded-read.ts';
import { type CliIo, UserError } from '../cli-io.ts';
import {
  commandLineAccess,
  type GraphFileAccess,
  graphFileAccess,
  locateGraphFile,
} from '../graph-file-access.ts';
import { READ_LIMITS } from '../read-limits.ts';

/**
 * Graph files named in a scenario are found relative to the scenario's folder, and read only
 * from the folders graph-file-access.ts allows, as regular files of bounded size.
 */
export function readGraphFileFrom(
  io: CliIo,
  baseDir: string,
  options: ParsedOptions,
): ReadGraphFile {
  return readGraphFileWithin(io, graphFileAccess(io, baseDir, commandLineAccess(io, options)));
}

/** Reads graph files inside the folders `access` allows, as regular files of bounded size. */
export function readGraphFileWithin(io: CliIo, access: GraphFileAccess): ReadGraphFile {
  return (path) => {
    const real = locateGraphFile(io, access, path);
    try {
      return io.readFile(real, READ_LIMITS.graph);
    } catch (error) {
      const why = error instanceof UnreadableFile ? error.message : String(error);
      throw new UserError(`Cannot read the graph file "${path}" named in the scenario: ${why}.`, 1);
    }
  };
}

/**
 * Every report says how many nodes a graph file gave (nodes without ties change the science):
 * JSON reports carry it; CSV has no place for it, so it goes to stderr.
 */
export function noteNodesRead(io: CliIo, graph: GraphSpec, nodes: number, format: string): void {
  if (format === 'csv' && graph.generator === 'file')
    io.stderr(`note: read ${formatCount(nodes)} nodes from the graph file "${graph.path}"\n`);
}
