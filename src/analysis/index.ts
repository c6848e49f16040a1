export {
  type ComparisonVerdict,
  compareVariants,
  type PairComparison,
  TESTS as COMPARISON_TESTS,
  type VariantComparison,
  type VariantResult,
} from './compare.ts';
export {
  type CriticalValueEstimate,
  type CriticalValueOptions,
  type Direction,
  estimateCriticalValue,
  type Interval,
} from './critical-value.ts';
export { type FirstWaveRow, globalByFirstWave } from './first-wave.ts';
export { type McNemarResult, mcnemarTest, pairedTTest } from './paired-tests.ts';
export {
  type ParameterTheoryInput,
  type SweepTheoryInput,
  type TheoryPrediction,
  theoryForParameter,
  theoryForSweep,
} from './theory-overlay.ts';
