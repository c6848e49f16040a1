export { percolationThreshold, directedPercolationThreshold } from './percolation.ts';
export { erdosRenyiThreshold, erdosRenyiFinalSize } from './erdos-renyi.ts';
export { poissonDegreeDistribution, poissonTailCutoff } from './poisson.ts';
export { wattsCascadeCondition, wattsCascadeWindow, isVulnerable, type WattsCascadeResult } from './watts.ts';
export { structuralViralityOfStar, structuralViralityOfChain } from './structural-virality.ts';
export { criticalPower, wattsCriticalPhi } from './critical-values.ts';
