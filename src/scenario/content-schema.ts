import { z } from 'zod';
import { contentBranches, type SchemaKit } from '../models/index.ts';
import { positiveFraction, probability, wholeNumber } from './fields.ts';

/** What the model descriptors build their schema branches with: zod's builders and the number fields. */
export const schemaKit: SchemaKit = {
  strictObject: z.strictObject,
  literal: z.literal,
  enum: z.enum,
  discriminatedUnion: z.discriminatedUnion,
  probability,
  positiveFraction,
  wholeNumber,
};

/** One branch per registered model (src/models): each descriptor builds its own. */
export const contentSchema = z
  .discriminatedUnion('model', contentBranches(schemaKit))
  .describe('What spreads and how.');

export type ContentSpec = z.output<typeof contentSchema>;
