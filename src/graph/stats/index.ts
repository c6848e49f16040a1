export { graphStats, type GraphStats, type GraphStatsOptions } from './graph-stats.ts';
export { degreeStats, degreeCounts, type DegreeStats, type DirectedDegreeStats } from './degrees.ts';
export { simpleAdjacency, type Adjacency } from './simple-adjacency.ts';
export { exactClustering, sampledClustering, type ClusteringStats } from './clustering.ts';
export { componentStats, type ComponentStats } from './components.ts';
