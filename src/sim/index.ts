export type { Cascade } from './cascade.ts';
export { buildCsr, type Csr, outDegree } from './csr.ts';
export { EnsembleRunner, type EnsembleTask, type RunRecord } from './ensemble.ts';
export {
  type EnsembleSummary,
  globalReach,
  summarizeEnsemble,
  type TimelineBand,
} from './ensemble-summary.ts';
export type { ModelSpec } from './model-spec.ts';
export type { RunObservables } from './observables.ts';
export type { SeedPlan } from './seed-plan.ts';
export { CELF_MAX_NODES, chooseSeeds, seedSteps } from './seeding/index.ts';
export {
  type Histogram,
  quantileSorted,
  type Summary,
  wilsonInterval,
} from './statistics.ts';
