export { chooseSeeds } from './choose-seeds.ts';
export { CELF_DEFAULT_RUNS, CELF_MAX_NODES, celfGreedy } from './greedy-celf.ts';
export { coreNumbers } from './k-core.ts';
export { PAGERANK_DAMPING, pageRank } from './pagerank.ts';
export { type ReachEstimate, reachEstimate } from './reach-estimate.ts';
export { type ScheduleSpec, seedSteps } from './schedule.ts';
export {
  type CelfOptions,
  SEEDING_STRATEGIES,
  type SeedingModel,
  type SeedingOptions,
  type SeedingStrategyName,
} from './types.ts';
