import type { Csr } from '../csr.ts';
import { celfGreedy } from './greedy-celf.ts';
import type { ReachEstimate } from './reach-estimate.ts';

/**
 * The trial: greedy on this many candidates, spread evenly over the list (every part of the
 * network), for at most TRIAL_ROUNDS seeds, each set scored on the first TRIAL_RUNS runs. About
 * a second at most on the largest graph greedy accepts, where the search itself takes minutes.
 */
export const TRIAL_CANDIDATES = 32;
export const TRIAL_ROUNDS = 3;
export const TRIAL_RUNS = 20;

/**
 * Fixed cost of one simulated run (its generators and clock), in node visits: the time per run
 * where cascades die at once (about 2 µs) over the time per visit.
 */
export const RUN_OVERHEAD_VISITS = 60;

/**
 * Nanoseconds per unit of work (a node visit, its arcs counted as a visit each): the median of
 * greedy seeding timed on Erdős–Rényi, Barabási–Albert and Watts–Strogatz graphs of 1,000 and
 * 2,000 nodes below, near and above the tipping point, on the 2-core machine Ripple is developed
 * on, under load (10 to 50 ns in the longer searches; see docs/architecture.md, "Stopping").
 */
export const NANOSECONDS_PER_UNIT = 40;

/** What greedy seeding is expected to cost, before it starts. */
export interface GreedyCost {
  readonly candidates: number;
  readonly seeds: number;
  /** Runs each seed set is scored on. */
  readonly runs: number;
  /** Seed sets to score: every candidate once, then those lazy evaluation re-scores. */
  readonly evaluations: number;
  /** Simulated node visits (each with its arcs) plus each run's fixed cost. */
  readonly work: number;
  /** The work at the calibrated speed: a guide, not a promise (machines and load differ). */
  readonly seconds: number;
}

/**
 * Estimates greedy CELF's cost from a trial: greedy on an evenly spaced sample of the
 * candidates, scored on fewer runs. The first round scores every candidate, so its cost is the
 * sample's mean reach scaled up; later rounds re-score only candidates whose old gain still tops
 * the queue, a share the trial shows too (nearly all of them above the tipping point, where
 * every seed reaches the same giant cascade; almost none below it). Rounds past the trial's
 * repeat its last, with seed sets reaching proportionally more. Deterministic: no clock, no
 * random draw; `trialScore` scores a set on runs 0..trialRuns−1.
 */
export function estimateGreedyCost(
  csr: Csr,
  candidates: Int32Array,
  count: number,
  runs: number,
  trial: { readonly score: ReachEstimate; readonly runs: number },
): GreedyCost {
  const c = candidates.length;
  const size = Math.min(c, TRIAL_CANDIDATES);
  const sample = Int32Array.from(
    { length: size },
    (_, i) => candidates[Math.floor(((i + 0.5) * c) / size)],
  );
  const visitCost = 1 + csr.targets.length / Math.max(1, csr.n);
  // Work of scoring a set on all `runs`, from its total reach over the trial's runs.
  const workOf = (trialReach: number): number =>
    runs * RUN_OVERHEAD_VISITS + (trialReach * visitCost * runs) / trial.runs;
  // Per round (seeds already chosen): seed sets scored and their work.
  const evaluations: number[] = [];
  const work: number[] = [];
  const rounds = Math.min(count, c);
  celfGreedy(sample, Math.min(rounds, TRIAL_ROUNDS), (seeds) => {
    const total = trial.score(seeds);
    const round = seeds.length - 1;
    evaluations[round] = (evaluations[round] ?? 0) + 1;
    work[round] = (work[round] ?? 0) + workOf(total);
    return total;
  });
  const scale = c / Math.max(1, size);
  const last = evaluations.length - 1;
  let totalEvaluations = 0;
  let totalWork = 0;
  for (let round = 0; round < rounds; round++) {
    const known = Math.min(round, last);
    // Never more than plain greedy, which re-scores every candidate left each round.
    const scored = Math.min(c - round, (evaluations[known] ?? 0) * scale);
    const perEvaluation = (work[known] ?? 0) / Math.max(1, evaluations[known] ?? 0);
    const grown = (perEvaluation * (round + 1)) / (known + 1);
    totalEvaluations += scored;
    totalWork += scored * Math.min(grown, workOf(trial.runs * csr.n));
  }
  return {
    candidates: c,
    seeds: rounds,
    runs,
    evaluations: Math.round(totalEvaluations),
    work: totalWork,
    seconds: (totalWork * NANOSECONDS_PER_UNIT) / 1e9,
  };
}
