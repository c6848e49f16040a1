import * as z from 'zod';
import { positiveFraction, wholeNumber } from './fields.ts';
import { LIMITS } from './limits.ts';

export const runSchema = z
  .strictObject({
    runs: wholeNumber(1, LIMITS.runs)
      .default(500)
      .describe('Number of simulated runs, 1 to 100,000. Default 500.'),
    globalFraction: positiveFraction()
      .default(0.1)
      .describe(
        'A run is a global cascade when it reaches at least this share of the nodes; above 0, at most 1. Default 0.1.',
      ),
    maxSteps: wholeNumber(1, LIMITS.steps)
      .default(10_000)
      .describe('Each run stops after this many steps, 1 to 1,000,000. Default 10,000.'),
  })
  .prefault({})
  .describe(
    'How many runs, and what counts as a global cascade. Default: 500 runs, 10% for global, 10,000 steps.',
  );

export type RunSpec = z.output<typeof runSchema>;
