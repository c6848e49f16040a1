import { parseArgs } from 'node:util';
import { MODELS } from '../models/index.ts';
import { UserError } from './cli-io.ts';

/** Every option of every command; each command says which it reads (help.ts lists them). */
const OPTIONS = {
  graph: { type: 'string' },
  nodes: { type: 'string' },
  'allow-dir': { type: 'string' },
  directed: { type: 'boolean' },
  model: { type: 'string' },
  seeds: { type: 'string' },
  'seed-count': { type: 'string' },
  strategy: { type: 'string' },
  runs: { type: 'string' },
  'rng-seed': { type: 'string' },
  workers: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  param: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  steps: { type: 'string' },
  values: { type: 'string' },
  param2: { type: 'string' },
  from2: { type: 'string' },
  to2: { type: 'string' },
  steps2: { type: 'string' },
  values2: { type: 'string' },
  shard: { type: 'string' },
  progress: { type: 'boolean' },
  'allow-slow': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The options of the models (src/models): --power, --recovery, --threshold…; each takes a value. */
const MODEL_OPTIONS: Record<string, { type: 'string' }> = Object.fromEntries(
  MODELS.flatMap((model) => model.cli.options).map((option) => [option.name, { type: 'string' }]),
);

/** The command's own options, typed, and the models' options by name. */
export type ParsedOptions = ReturnType<typeof parse>['values'] & {
  readonly [modelOption: string]: string | boolean | undefined;
};

function parse(argv: string[]) {
  const options = { ...MODEL_OPTIONS, ...OPTIONS };
  return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
}

export function parseCommandLine(argv: string[]): {
  positionals: string[];
  options: ParsedOptions;
} {
  try {
    const { positionals, values } = parse(argv);
    return { positionals, options: values };
  } catch (error) {
    throw new UserError(
      `${(error as Error).message}\nRun "ripple help" to see the commands and their options.`,
    );
  }
}

/** A number option: a clear message instead of NaN flowing into a simulation. */
export function numberOption(
  options: ParsedOptions,
  name: keyof ParsedOptions,
): number | undefined {
  const raw = options[name];
  if (raw === undefined || typeof raw === 'boolean') return undefined;
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value))
    throw new UserError(`--${name} needs a number, but got "${raw}".`);
  return value;
}

/** A comma-separated list option, trimmed, empty items dropped. */
export function listOption(
  options: ParsedOptions,
  name: keyof ParsedOptions,
): string[] | undefined {
  const raw = options[name];
  if (raw === undefined || typeof raw === 'boolean') return undefined;
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
