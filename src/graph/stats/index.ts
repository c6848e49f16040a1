export { type ClusteringStats, exactClustering, sampledClustering } from './clustering.ts';
export { type ComponentStats, componentStats } from './components.ts';
export {
  type DegreeStats,
  type DirectedDegreeStats,
  degreeCounts,
  degreeStats,
} from './degrees.ts';
export { type GraphStats, type GraphStatsOptions, graphStats } from './graph-stats.ts';
export { meanTieStrength } from './mean-tie-strength.ts';
export { type Adjacency, simpleAdjacency } from './simple-adjacency.ts';
