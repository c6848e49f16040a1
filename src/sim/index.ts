export type { Cascade } from './cascade.ts';
export { buildCsr, type Csr, outDegree } from './csr.ts';
export { EnsembleRunner, type EnsembleTask, type RunRecord } from './ensemble.ts';
export {
  type EnsembleSummary,
  globalReach,
  summarizeEnsemble,
  type TimelineBand,
} from './ensemble-summary.ts';
export { expectedFirstGeneration } from './first-generation.ts';
export type { RunObservables } from './observables.ts';
export type { PreparedModel } from './prepared-model.ts';
export type { SeedPlan } from './seed-plan.ts';
export type { SeedSet } from './seed-set.ts';
export {
  CELF_MAX_NODES,
  chooseSeeds,
  type GreedyCost,
  type GreedyWatch,
  type SeedingModel,
  seedSteps,
} from './seeding/index.ts';
export { PreparedThreshold, type ThresholdRule } from './spread/threshold.ts';
export { PreparedTransmission, type Weighting } from './spread/transmission.ts';
export {
  type Histogram,
  quantileSorted,
  type Summary,
  wilsonInterval,
} from './statistics.ts';
