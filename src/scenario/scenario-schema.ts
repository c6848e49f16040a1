import * as z from 'zod';
import { compareSchema } from './compare-schema.ts';
import { contentSchema } from './content-schema.ts';
import { plainText, wholeNumber } from './fields.ts';
import { graphSchema } from './graph-schema.ts';
import { LIMITS, SCENARIO_VERSION, SCHEMA_REF } from './limits.ts';
import { runSchema } from './run-schema.ts';
import { checkScenario } from './scenario-checks.ts';
import { seedingSchema } from './seeding-schema.ts';
import { sweepSchema } from './sweep-schema.ts';

const SECTIONS_CHECKED_TOGETHER: readonly PropertyKey[] = [
  'graph',
  'seeding',
  'run',
  'sweep',
  'compare',
];

const scenarioObject = z.strictObject({
  $schema: plainText(LIMITS.pathChars)
    .default(SCHEMA_REF)
    .describe(
      `The JSON Schema editors use to check and complete this file. Default "${SCHEMA_REF}".`,
    ),
  version: z
    .literal(SCENARIO_VERSION)
    .describe(`Scenario format version; this Ripple writes ${SCENARIO_VERSION}.`),
  name: plainText(LIMITS.nameChars, 1).describe(
    'A short title, 1 to 200 characters of plain text.',
  ),
  description: plainText(LIMITS.descriptionChars)
    .default('')
    .describe(
      'The question this scenario asks and what to look for; plain text, up to 5,000 characters. Default empty.',
    ),
  seed: z
    .union([wholeNumber(0, LIMITS.seedNumber), plainText(LIMITS.seedChars)])
    .default(1)
    .describe(
      'Random seed: the same seed gives the same graph and runs, to the last digit. A whole number 0 to 4,294,967,295 or text. Default 1.',
    ),
  graph: graphSchema,
  content: contentSchema,
  seeding: seedingSchema,
  run: runSchema,
  // Optional experiment sections (added within version 1: files without them stay valid).
  sweep: sweepSchema.optional(),
  compare: compareSchema.optional(),
});

export type Scenario = z.output<typeof scenarioObject>;
export type ScenarioInput = z.input<typeof scenarioObject>;

export const scenarioSchema = scenarioObject
  // The graph's size bounds the seeds, and sweeps name numbers in the other sections: checked once those sections are valid on their own.
  .superRefine(checkScenario, {
    when: (payload) =>
      !payload.issues.some((issue) => SECTIONS_CHECKED_TOGETHER.includes(issue.path?.[0] ?? '')),
  })
  .meta({
    title: 'Ripple scenario',
    description:
      'A diffusion experiment: a graph, content that spreads on it, where it starts, and how many runs.',
  });
