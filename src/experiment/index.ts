export { BuildError, problemsOf } from './build-problems.ts';
export type { BuildPhase, BuildProgress, BuildWatch } from './build-watch.ts';
export type { BuildOptions, Built, ExperimentBuilder, PreparedNetwork } from './builder.ts';
export { runComparison, type VariantRun } from './compare.ts';
export { compareOutput, verdictOf } from './compare-report.ts';
export { abortError, type EnsembleExecutor, type ExecuteOptions } from './executor.ts';
export { type Experiment, prepareExperiment, type ReadGraphFile } from './experiment.ts';
export { describeGreedyCost, GREEDY_BUDGET_SECONDS, overGreedyBudget } from './greedy-budget.ts';
export { loadedFiles } from './loaded-files.ts';
export { createLocalBuilder } from './local-builder.ts';
export { ensembleReport, runsCsv } from './report.ts';
export { runnableProblems } from './runnable-problems.ts';
export { linearValues } from './set-parameter.ts';
export { runSweep2d } from './sweep.ts';
export { rowEstimate } from './sweep-analysis.ts';
export { axisFromSpec, planSweep, type SweepAxis, type SweepPlan } from './sweep-plan.ts';
export { sweepOutput } from './sweep-report.ts';
export {
  assembleSweep,
  createSweepAssembler,
  IncompleteSweepError,
  type SweepPoint,
  type SweepResult,
} from './sweep-result.ts';
export { type PointRecords, runSweepWork, type SweepOptions, type SweepWork } from './sweep-run.ts';
export { shardRange, totalWork, workPieces } from './sweep-work.ts';
