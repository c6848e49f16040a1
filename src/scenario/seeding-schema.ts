import * as z from 'zod';
import { plural } from '../format/index.ts';
import { addProblem, plainText, wholeNumber } from './fields.ts';
import { LIMITS } from './limits.ts';
import { renderFound } from './render-value.ts';

const schedule = z
  .discriminatedUnion('type', [
    z
      .strictObject({ type: z.literal('synchronous') })
      .describe('All seeds start at step 0: the multi-point synchronous start.'),
    z
      .strictObject({
        type: z.literal('staggered'),
        every: wholeNumber(1, LIMITS.steps).describe('Steps between successive seeds, at least 1.'),
      })
      .describe('Seeds start one after another, `every` steps apart, in the order chosen.'),
    z
      .strictObject({
        type: z.literal('explicit'),
        steps: z
          .array(wholeNumber(0, LIMITS.steps))
          .min(1)
          .max(LIMITS.seeds)
          .describe('The step each seed starts at, one per seed, in order.'),
      })
      .describe('Each seed starts at its own step.'),
  ])
  .prefault({ type: 'synchronous' })
  .meta({ id: 'schedule', description: 'When the seeds start. Default: all at once.' });

const count = wholeNumber(1, LIMITS.seeds)
  .default(1)
  .describe('How many seeds, 1 to 10,000. Default 1.');

const RANKED_STRATEGIES = {
  'top-degree': 'The accounts with the most followers (friends): opinion leaders.',
  'top-pagerank': 'The accounts with the highest PageRank: followed by well-followed accounts.',
  'k-core':
    'Accounts in the innermost k-core: the dense, well-connected centre (Kitsak et al. 2010).',
  'one-per-community':
    'The best-connected account of each of the largest communities, spreading seeds across groups.',
  'one-community':
    'The best-connected accounts of the single largest community, packing the seeds into one group.',
  'degree-discount':
    'Degree discount (Chen, Wang and Yang 2009): high degree, but not next to another seed.',
  'greedy-celf':
    'Greedy with lazy evaluation (Leskovec et al. 2007): within 1 − 1/e of the best; slow on big graphs.',
} as const;

type Ranked = keyof typeof RANKED_STRATEGIES;

function ranked<S extends Ranked>(strategy: S) {
  return z
    .strictObject({ strategy: z.literal(strategy), count, schedule })
    .describe(RANKED_STRATEGIES[strategy]);
}

const seedingVariants = z.discriminatedUnion('strategy', [
  z
    .strictObject({
      strategy: z.literal('explicit'),
      nodes: z
        .array(z.union([wholeNumber(0, LIMITS.nodes - 1), plainText(LIMITS.labelChars, 1)]))
        .min(1)
        .max(LIMITS.seeds)
        .describe(
          'The seed nodes: labels as text ("alice") or node indices as whole numbers (0, 17).',
        ),
      schedule,
    })
    .describe('These nodes, in this order.'),
  z
    .strictObject({
      strategy: z.literal('random'),
      count,
      resample: z
        .boolean()
        .default(true)
        .describe(
          'true: a fresh random set in every run; false: one set for all runs. Default true.',
        ),
      schedule,
    })
    .describe('Accounts chosen uniformly at random.'),
  ranked('top-degree'),
  ranked('top-pagerank'),
  ranked('k-core'),
  ranked('one-per-community'),
  ranked('one-community'),
  ranked('degree-discount'),
  ranked('greedy-celf'),
]);

export type SeedingSpec = z.output<typeof seedingVariants>;

/** Number of seeds a seeding spec asks for. */
export function seedCount(seeding: SeedingSpec): number {
  return seeding.strategy === 'explicit' ? seeding.nodes.length : seeding.count;
}

function checkSeeding(seeding: SeedingSpec, ctx: z.RefinementCtx): void {
  const seeds = seedCount(seeding);
  const { schedule } = seeding;
  if (schedule.type === 'explicit' && schedule.steps.length !== seeds) {
    const given = plural(schedule.steps.length, 'step');
    const message = `There ${seeds === 1 ? 'is 1 seed' : `are ${seeds} seeds`} but ${given}; give one start step per seed.`;
    addProblem(
      ctx,
      ['schedule', 'steps'],
      `a list of ${plural(seeds, 'step')}, one per seed`,
      message,
      given,
    );
  }
  if (seeding.strategy === 'explicit') {
    const seen = new Set<string | number>();
    seeding.nodes.forEach((node, i) => {
      if (seen.has(node))
        addProblem(
          ctx,
          ['nodes', i],
          'a node not listed before',
          `Node ${renderFound(node)} is listed twice.`,
        );
      seen.add(node);
    });
  }
}

/** A seeding checked on its own; the compare section's variants use it as is (no default). */
export const seedingSpecSchema = seedingVariants.superRefine(checkSeeding, {
  when: (payload) => payload.issues.length === 0,
});

export const seedingSchema = seedingSpecSchema
  .prefault({ strategy: 'random' })
  .describe('Where and when the stone drops. Default: one random seed, fresh each run, at step 0.');
