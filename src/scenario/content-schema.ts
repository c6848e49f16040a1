import { z } from 'zod';
import { contentBranches } from '../models/index.ts';

/** One branch per registered model (src/models): each descriptor owns its branch. */
export const contentSchema = z
  .discriminatedUnion('model', contentBranches())
  .describe('What spreads and how.');

export type ContentSpec = z.output<typeof contentSchema>;
