export { estimateCriticalValue, type CriticalValueEstimate, type CriticalValueOptions, type Direction, type Interval } from './critical-value.ts';
export { theoryForSweep, type TheoryPrediction, type SweepTheoryInput } from './theory-overlay.ts';
export { globalByFirstWave, type FirstWaveRow } from './first-wave.ts';
export { compareVariants, TESTS as COMPARISON_TESTS, type VariantResult, type VariantComparison, type PairComparison, type ComparisonVerdict } from './compare.ts';
export { pairedTTest, mcnemarTest, type McNemarResult } from './paired-tests.ts';
