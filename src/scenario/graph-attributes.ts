import * as z from 'zod';
import { positiveFraction, probability, wholeNumber } from './fields.ts';
import { LIMITS } from './limits.ts';

/** Strong and weak ties: edge weights that multiply the propagation power. */
export const tiesSchema = z
  .strictObject({
    strongShare: probability()
      .default(0.2)
      .describe('Share of edges that are strong ties (close friends), 0 to 1. Default 0.2.'),
    strong: positiveFraction()
      .default(1)
      .describe('Weight of a strong tie, above 0 and at most 1. Default 1.'),
    weak: positiveFraction()
      .default(0.3)
      .describe('Weight of a weak tie (acquaintance), above 0 and at most 1. Default 0.3.'),
    placement: z
      .enum(['random', 'embedded'])
      .default('embedded')
      .describe(
        "'embedded': strong ties sit inside tight friend groups, weak ties bridge them (Granovetter); 'random': any edge may be strong. Default 'embedded'.",
      ),
  })
  .meta({ id: 'ties', description: 'Tie strengths. Leave out for every tie to have weight 1.' });

/** Who the accounts are: opinion leaders, brands, and fake followers. */
export const populationSchema = z
  .strictObject({
    opinionLeaders: wholeNumber(0, LIMITS.nodes)
      .default(0)
      .describe('Number of opinion leaders (KOLs): high-reach accounts. Default 0.'),
    brands: wholeNumber(0, LIMITS.nodes)
      .default(0)
      .describe('Number of brand accounts. Default 0.'),
    botShare: probability()
      .default(0)
      .describe(
        'Share of accounts that are fake followers ("water army"): they never pass content on. Default 0.',
      ),
  })
  .meta({
    id: 'population',
    description: 'Kinds of accounts. Leave out for everyone to be an ordinary person.',
  });

export type TiesSpec = z.output<typeof tiesSchema>;
export type PopulationSpec = z.output<typeof populationSchema>;
