export { type BuiltNetwork, buildNetwork, type ReadFile } from './build-network.ts';
export { type CompareSpec, type CompareVariant, compareSchema } from './compare-schema.ts';
export { type ContentSpec, contentSchema } from './content-schema.ts';
export {
  type PopulationSpec,
  populationSchema,
  type TiesSpec,
  tiesSchema,
} from './graph-attributes.ts';
export { type GraphGenerator, type GraphSpec, graphSchema } from './graph-schema.ts';
export { type GraphSize, graphSize } from './graph-size.ts';
export { scenarioJsonSchema, scenarioJsonSchemaText } from './json-schema.ts';
export { LIMITS, SCENARIO_VERSION, SCHEMA_REF } from './limits.ts';
export { MIGRATIONS, type MigrateResult, type Migration, migrate } from './migrate.ts';
export { parameterProblem } from './parameter-path.ts';
export { escapeUnsafe } from './plain-text.ts';
export type { Problem, ScenarioWarning } from './problem.ts';
export { type RunSpec, runSchema } from './run-schema.ts';
export { type Scenario, type ScenarioInput, scenarioSchema } from './scenario-schema.ts';
export { type SeedingSpec, seedCount, seedingSchema } from './seeding-schema.ts';
export { serializeScenario } from './serialize.ts';
export { type SweepAxisSpec, type SweepSpec, sweepSchema } from './sweep-schema.ts';
export { parseScenario, type ScenarioResult, validateScenario } from './validate.ts';
