export { chooseSeeds } from './choose-seeds.ts';
export { CELF_DEFAULT_RUNS, CELF_MAX_NODES, celfGreedy } from './greedy-celf.ts';
export {
  estimateGreedyCost,
  type GreedyCost,
  NANOSECONDS_PER_UNIT,
  RUN_OVERHEAD_VISITS,
  TRIAL_CANDIDATES,
  TRIAL_ROUNDS,
  TRIAL_RUNS,
} from './greedy-estimate.ts';
export { coreNumbers } from './k-core.ts';
export { PAGERANK_DAMPING, pageRank } from './pagerank.ts';
export { type ReachEstimate, reachEstimate } from './reach-estimate.ts';
export { type ScheduleSpec, seedSteps } from './schedule.ts';
export {
  type CelfOptions,
  type GreedyWatch,
  SEEDING_STRATEGIES,
  type SeedingModel,
  type SeedingOptions,
  type SeedingStrategyName,
} from './types.ts';
