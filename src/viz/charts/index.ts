export type { SvgChart } from './common/chart.ts';
export { COLOURS, FONT_FAMILY } from './common/theme.ts';
export { type CompareData, createCompareChart } from './compare/compare-chart.ts';
export { createDegreeChart, type DegreeData } from './degree/degree-chart.ts';
export { createFirstWaveChart, type FirstWaveData } from './first-wave/first-wave-chart.ts';
export { createHeatmapChart, type HeatmapData } from './heatmap/heatmap-chart.ts';
export { createObservablesTable, type ObservablesTable } from './observables/observables-table.ts';
export {
  createReachHistogram,
  type ReachHistogramData,
} from './reach-histogram/reach-histogram-chart.ts';
export { createSpreadChart, type SpreadData } from './spread/spread-chart.ts';
export {
  createSweepChart,
  type SweepChartData,
  type SweepChartPoint,
} from './sweep/sweep-chart.ts';
