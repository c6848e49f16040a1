export { chooseSeeds } from './choose-seeds.ts';
export { SEEDING_STRATEGIES, type SeedingStrategyName, type SeedingOptions, type CelfOptions } from './types.ts';
export { seedSteps, type ScheduleSpec } from './schedule.ts';
export { coreNumbers } from './k-core.ts';
export { pageRank, PAGERANK_DAMPING } from './pagerank.ts';
export { discountChance, LINEAR_THRESHOLD_DISCOUNT_CHANCE } from './degree-discount.ts';
export { celfGreedy, CELF_MAX_NODES, CELF_DEFAULT_RUNS } from './greedy-celf.ts';
export { reachEstimate, type ReachEstimate } from './reach-estimate.ts';
