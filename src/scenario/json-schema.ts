import * as z from 'zod';
import { scenarioSchema } from './scenario-schema.ts';

/**
 * The JSON Schema (draft 2020-12) of scenario files, from the same zod schema as the
 * TypeScript types, so editors autocomplete and check files as Ripple does. It describes
 * the file as written (`io: 'input'`): settings with defaults are optional. Checks across
 * fields (such as "exactly one of meanDegree, p, edges") are only in Ripple's validation.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(scenarioSchema, { target: 'draft-2020-12', io: 'input' });
}

/** The text of scenarios/scenario.schema.json. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
