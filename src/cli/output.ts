import type { EnsembleExecutor } from '../experiment/index.ts';
import { runLocally } from '../workers/index.ts';
import { createNodePool } from '../workers/node.ts';
import { numberOption, type ParsedOptions } from './args.ts';
import { type CliIo, UserError } from './cli-io.ts';

export type OutputFormat = 'json' | 'csv';

export function outputFormat(options: ParsedOptions): OutputFormat {
  const format = options.format ?? (options.out?.endsWith('.csv') ? 'csv' : 'json');
  if (format !== 'json' && format !== 'csv')
    throw new UserError(`--format must be json or csv (got "${format}").`);
  return format;
}

/**
 * Checked before any work is done: --out must name a file the results can be written to, so
 * minutes of simulation are never lost to a typo in it.
 */
export function checkOutputTarget(io: CliIo, options: ParsedOptions): void {
  if (options.out === undefined) return;
  if (options.out === '') throw new UserError('--out needs a file name.');
  io.checkOutput(options.out);
}

/** Results go to --out (written whole, at the end) or to stdout. */
export function emit(io: CliIo, options: ParsedOptions, text: string): void {
  if (options.out) {
    io.writeFile(options.out, text);
    io.stderr(`Wrote ${options.out}\n`);
  } else io.stdout(text);
}

/** --workers N: N worker threads (results identical to one thread); default: this thread. */
export function chooseExecutor(options: ParsedOptions): {
  execute: EnsembleExecutor;
  close: () => void;
} {
  const workers = numberOption(options, 'workers') ?? 1;
  if (!Number.isInteger(workers) || workers < 1 || workers > 64)
    throw new UserError(`--workers must be a whole number from 1 to 64 (got ${workers}).`);
  if (workers === 1) return { execute: runLocally, close: () => {} };
  const pool = createNodePool(workers);
  return { execute: (csr, task, o) => pool.run(csr, task, o), close: () => pool.terminate() };
}
