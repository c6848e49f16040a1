import * as z from 'zod';
import { addProblem, plainText } from './fields.ts';
import { LIMITS } from './limits.ts';
import { renderFound } from './render-value.ts';
import { seedingSpecSchema } from './seeding-schema.ts';

const variant = z
  .strictObject({
    label: plainText(LIMITS.labelChars, 1).describe(
      'What the results call this variant, e.g. "1 opinion leader"; plain text.',
    ),
    seeding: seedingSpecSchema.describe(
      'Where and when this variant drops the stone: any seeding, written as in "seeding".',
    ),
  })
  .describe('One seeding strategy to compare.');

const amount = (what: string) =>
  z.number().min(0).max(LIMITS.cost).describe(`${what}, 0 or more, in any unit (money, effort).`);

const cost = z
  .strictObject({
    perSeed: amount('Cost of each seed, whoever it is').default(1),
    perFollower: amount(
      'Extra cost of a seed per follower (its out-degree): big accounts cost more',
    ).default(0),
  })
  .prefault({})
  .describe(
    'What a seed costs: perSeed + perFollower × its followers. Default: 1 per seed, so the cost is the number of seeds.',
  );

function checkCompare(
  compare: { variants: { label: string }[]; cost: { perSeed: number; perFollower: number } },
  ctx: z.RefinementCtx,
): void {
  if (compare.cost.perSeed === 0 && compare.cost.perFollower === 0) {
    addProblem(
      ctx,
      ['cost', 'perSeed'],
      'a cost above 0 per seed or per follower',
      'Seeds that cost nothing leave reach per cost undefined; set perSeed or perFollower above 0.',
      '0',
    );
  }
  const seen = new Set<string>();
  compare.variants.forEach(({ label }, i) => {
    if (seen.has(label))
      addProblem(
        ctx,
        ['variants', i, 'label'],
        'a label not used before',
        `The label ${renderFound(label)} is used twice; the results need to tell the variants apart.`,
      );
    seen.add(label);
  });
}

export const compareSchema = z
  .strictObject({
    variants: z
      .array(variant)
      .min(2)
      .max(LIMITS.compareVariants)
      .describe(
        `The seeding strategies to compare, 2 to ${LIMITS.compareVariants}, each run on the same network with the same random numbers.`,
      ),
    cost,
  })
  .superRefine(checkCompare, { when: (payload) => payload.issues.length === 0 })
  .describe(
    'The default comparison of "ripple compare" and the app\'s Compare panel: seeding strategies, same network, same luck, with their costs.',
  );

export type CompareSpec = z.output<typeof compareSchema>;
export type CompareVariant = CompareSpec['variants'][number];
