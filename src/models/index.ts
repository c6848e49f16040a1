export {
  type ContentBranch,
  type FieldChoice,
  type ModelCli,
  type ModelDescriptor,
  type ModelField,
  type ModelOption,
  ModelOptionError,
  type ModelTheory,
  type RawContent,
  type SchemaKit,
  type SweepableParameter,
} from './descriptor.ts';
export { type IndependentCascadeSpec, independentCascade } from './independent-cascade.ts';
export {
  LINEAR_THRESHOLD_DISCOUNT_CHANCE,
  type LinearThresholdSpec,
  linearThreshold,
} from './linear-threshold.ts';
export {
  contentBranches,
  discountChance,
  expectedFirstWave,
  fieldsFor,
  MODELS,
  type Model,
  type ModelContent,
  type ModelName,
  type ModelSpec,
  type ModelTask,
  modelByCliName,
  modelNamed,
  modelOf,
  modelTheory,
  type PrepareOptions,
  prepareModel,
  type RegisteredPreparedModel,
  runnerFor,
  seedingModel,
  sweepableFor,
  toModelSpec,
} from './registry.ts';
export { type SirSpec, sir } from './sir.ts';
