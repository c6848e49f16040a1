import { formatCount } from '../format/index.ts';
import type { GreedyCost } from '../sim/index.ts';

/**
 * Greedy seeding expected to take longer than this (at the calibrated speed) is refused by the
 * CLI unless the person opts in (--allow-slow); the app says so and shows progress and Cancel.
 */
export const GREEDY_BUDGET_SECONDS = 60;

export function overGreedyBudget(cost: GreedyCost): boolean {
  return cost.seconds > GREEDY_BUDGET_SECONDS;
}

/** "about 40 s", "about 24 min": a duration as a person would say it, one significant step. */
export function roughDuration(seconds: number): string {
  if (seconds < 1) return 'under a second';
  if (seconds < 90) return `about ${Math.round(seconds)} s`;
  if (seconds < 5400) return `about ${Math.round(seconds / 60)} min`;
  return `about ${Math.round(seconds / 3600)} h`;
}

/** What the search will do and about how long it takes, in one sentence. */
export function describeGreedyCost(cost: GreedyCost): string {
  const seeds = cost.seeds === 1 ? '1 seed' : `${formatCount(cost.seeds)} seeds`;
  return `Greedy seeding (${seeds} among ${formatCount(cost.candidates)} candidates) will score about ${formatCount(cost.evaluations)} seed sets on ${formatCount(cost.runs)} runs each: ${roughDuration(cost.seconds)} of work, give or take a factor of 2 or 3.`;
}
