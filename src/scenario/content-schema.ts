import { z } from 'zod';
import { positiveFraction, probability, wholeNumber } from './fields.ts';
import { LIMITS } from './limits.ts';

const power = probability().describe(
  'Propagation power: the chance, per exposure, that a person passes the content on (times the tie strength); 0 to 1.',
);

const weighting = z
  .enum(['tie-strength', 'weighted-cascade'])
  .default('tie-strength')
  .describe(
    "How an edge scales the power: 'tie-strength' uses the tie's weight (1 without ties); " +
      "'weighted-cascade' uses 1 / (accounts the receiver follows). Default 'tie-strength'.",
  );

const uniformRandom = z
  .strictObject({ rule: z.literal('uniform-random') })
  .describe(
    'Each person draws a threshold uniformly from 0 to 1 in every run (Kempe et al. 2003).',
  );

const fraction = z
  .strictObject({
    rule: z.literal('fraction'),
    phi: probability().describe('Share φ of active in-neighbours needed to adopt, 0 to 1.'),
  })
  .describe('Everyone adopts once a share φ of the accounts they follow has (Watts 2002).');

const count = z
  .strictObject({
    rule: z.literal('count'),
    count: wholeNumber(1, LIMITS.seeds).describe(
      'Number of active in-neighbours needed to adopt, at least 1.',
    ),
  })
  .describe(
    'Everyone adopts once `count` accounts they follow have: complex contagion (Centola and Macy 2007).',
  );

const threshold = z
  .discriminatedUnion('rule', [uniformRandom, fraction, count])
  .describe('When a person adopts; a lower threshold is more persuasive content.');

const independentCascade = z
  .strictObject({ model: z.literal('independent-cascade'), power, weighting })
  .describe(
    'Independent cascade: each new sharer gets one chance to pass the content to each follower.',
  );

const linearThreshold = z
  .strictObject({ model: z.literal('linear-threshold'), threshold })
  .describe('Linear threshold: people adopt once enough of the accounts they follow have.');

const recovery = positiveFraction().describe(
  'γ: chance per step that a sharer loses interest and stops, above 0 and at most 1 (1 is the independent cascade).',
);

const sir = z
  .strictObject({ model: z.literal('sir'), power, recovery, weighting })
  .describe(
    'SIR with interest decay: sharers keep passing the content on until they lose interest.',
  );

export const contentSchema = z
  .discriminatedUnion('model', [independentCascade, linearThreshold, sir])
  .describe('What spreads and how.');

export type ContentSpec = z.output<typeof contentSchema>;
