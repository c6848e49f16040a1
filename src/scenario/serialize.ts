import { type Scenario, scenarioSchema } from './scenario-schema.ts';

/**
 * The file text for a scenario: keys in the schema's order (so saved files diff cleanly),
 * every default written out, two-space indent, `$schema` first. Reading it back gives an
 * equal scenario. Throws if the scenario is not valid, rather than save a file that
 * would not open.
 */
export function serializeScenario(scenario: Scenario): string {
  // Parsing rebuilds every object in the schema's key order.
  return `${JSON.stringify(scenarioSchema.parse(scenario), null, 2)}\n`;
}
