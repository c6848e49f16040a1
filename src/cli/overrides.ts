import { independentCascade } from '../models/index.ts';
import { listOption, numberOption, type ParsedOptions } from './args.ts';
import { UserError } from './cli-io.ts';
import { applyModelOptions, filledInNote, switchModel } from './model-options.ts';

type Json = Record<string, unknown>;

/** The scenario the command line starts from when it names a graph file but no scenario. */
export function commandLineScenario(): Json {
  return {
    version: 1,
    name: 'Command-line experiment',
    seed: 1,
    graph: { generator: 'karate-club' },
    content: structuredClone(independentCascade.defaults),
    seeding: { strategy: 'random', count: 1 },
  };
}

/**
 * Applies the experiment overrides of `ripple run`/`sweep` to the scenario as read from its
 * file, before validation, so a bad override is reported like any other mistake in the file.
 * `notes` says what the command filled in that the person did not choose.
 */
export function applyOverrides(
  raw: Json,
  options: ParsedOptions,
  graphPath: (p: string) => string,
): { scenario: Json; notes: string[] } {
  const s: Json = structuredClone(raw);
  const group = (key: string): Json => {
    const value = s[key];
    return (s[key] =
      typeof value === 'object' && value !== null && !Array.isArray(value)
        ? { ...(value as Json) }
        : {});
  };
  if (options.graph !== undefined) {
    const { ties, population } = group('graph');
    s.graph = { generator: 'file', path: graphPath(options.graph), ties, population };
  }
  const nodes = numberOption(options, 'nodes');
  if (nodes !== undefined) group('graph').nodes = nodes;
  if (options.directed) group('graph').directed = true;
  let filled: string[] = [];
  if (options.model !== undefined)
    ({ content: s.content, filled } = switchModel(group('content'), options.model));
  const set = applyModelOptions(group('content'), options);
  const note = filledInNote(group('content'), filled, set);
  applySeeding(group('seeding'), options);
  const runs = numberOption(options, 'runs');
  if (runs !== undefined) group('run').runs = runs;
  const rngSeed = options['rng-seed'];
  if (rngSeed !== undefined) s.seed = /^\d+$/.test(rngSeed) ? Number(rngSeed) : rngSeed;
  return { scenario: s, notes: note ? [note] : [] };
}

function applySeeding(seeding: Json, options: ParsedOptions): void {
  const seeds = listOption(options, 'seeds');
  const count = numberOption(options, 'seed-count');
  if (seeds && (count !== undefined || options.strategy !== undefined)) {
    throw new UserError(
      'Use either --seeds (these nodes) or --seed-count/--strategy (chosen for you), not both.',
    );
  }
  if (seeds) {
    for (const key of Object.keys(seeding)) if (key !== 'schedule') delete seeding[key];
    Object.assign(seeding, { strategy: 'explicit', nodes: seeds });
    return;
  }
  if (options.strategy !== undefined || count !== undefined) {
    const strategy =
      options.strategy ??
      (seeding.strategy === 'explicit' ? 'random' : (seeding.strategy ?? 'random'));
    const { schedule } = seeding;
    const previousCount = typeof seeding.count === 'number' ? seeding.count : 1;
    for (const key of Object.keys(seeding)) delete seeding[key];
    Object.assign(
      seeding,
      { strategy, count: count ?? previousCount },
      schedule === undefined ? {} : { schedule },
    );
  }
}
