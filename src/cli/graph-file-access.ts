import { isAbsolute, relative, sep } from 'node:path';
import type { ParsedOptions } from './args.ts';
import { whyUnreadable } from './bounded-read.ts';
import { type CliIo, UserError } from './cli-io.ts';

/**
 * Where graph files may be read from. A scenario travels between people, so the graph path it
 * names is untrusted: it must lead (after `..` and symbolic links) into the scenario's own
 * folder, or into a folder the person names on the command line with --allow-dir. A file given
 * with --graph is the person's own choice and is allowed as it is.
 */
export interface GraphFileAccess {
  readonly scenarioFolder: string;
  /** Real paths of the allowed folders (the scenario's first). */
  readonly folders: readonly string[];
  /** Real path of the --graph file, when there is one. */
  readonly file: string | null;
}

/** What the command line allows besides the scenario's folder: --allow-dir and the --graph file. */
export function commandLineAccess(
  io: CliIo,
  options: ParsedOptions,
): Pick<GraphFileAccess, 'folders' | 'file'> {
  const folders: string[] = [];
  const extra = options['allow-dir'];
  if (extra !== undefined) {
    try {
      folders.push(io.realPath(extra));
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      throw new UserError(
        `--allow-dir "${extra}": ${missing ? 'there is no such folder' : whyUnreadable(error)}.`,
      );
    }
  }
  let file: string | null = null;
  if (options.graph !== undefined) {
    try {
      file = io.realPath(options.graph);
    } catch {
      // Reported when the scenario comes to read it, with the reason.
    }
  }
  return { folders, file };
}

/** The scenario's folder and what the command line allows. */
export function graphFileAccess(
  io: CliIo,
  scenarioFolder: string,
  allowed: Pick<GraphFileAccess, 'folders' | 'file'>,
): GraphFileAccess {
  return {
    scenarioFolder,
    folders: [io.realPath(scenarioFolder), ...allowed.folders],
    file: allowed.file,
  };
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return !(rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel));
}

/**
 * The real path of the graph file a scenario names, or a UserError (exit 1: the scenario is at
 * fault) saying why it may not be read. Nothing is read here, so nothing of a file outside the
 * allowed folders can ever appear in a message.
 */
export function locateGraphFile(io: CliIo, access: GraphFileAccess, path: string): string {
  const named = io.resolvePath(access.scenarioFolder, path);
  let real: string;
  try {
    real = io.realPath(named);
  } catch (error) {
    throw new UserError(
      `Cannot read the graph file "${path}" named in the scenario: ${whyUnreadable(error)} (looked for ${named}).`,
      1,
    );
  }
  if (real === access.file || access.folders.some((folder) => isInside(folder, real))) return real;
  throw new UserError(
    `The graph file "${path}" named in the scenario leads outside the scenario's folder (${access.folders[0]}). ` +
      'Ripple reads graph files only from there, or from a folder you name with --allow-dir DIR.',
    1,
  );
}
