export type { SvgChart } from './chart.ts';
export { createSpreadChart, type SpreadData } from './spread-chart.ts';
export { createReachHistogram, type ReachHistogramData } from './reach-histogram.ts';
export { createDegreeChart, type DegreeData } from './degree-chart.ts';
export { createObservablesTable, type ObservablesTable } from './observables-table.ts';
export { COLOURS, FONT_FAMILY } from './theme.ts';
