export { criticalPower, wattsCriticalPhi } from './critical-values.ts';
export { erdosRenyiFinalSize, erdosRenyiThreshold } from './erdos-renyi.ts';
export { degreeSequenceFinalSize } from './final-size.ts';
export { directedPercolationThreshold, percolationThreshold } from './percolation.ts';
export { poissonDegreeDistribution, poissonTailCutoff } from './poisson.ts';
export { structuralViralityOfChain, structuralViralityOfStar } from './structural-virality.ts';
export { transmissibility } from './transmissibility.ts';
export {
  isVulnerable,
  type WattsCascadeResult,
  wattsCascadeCondition,
  wattsCascadeWindow,
} from './watts.ts';
