import type { Cascade } from './cascade.ts';
import { injectSeeds, nextSeedStep, type RunTally, type SeedSchedule } from './seed-schedule.ts';
import type { Workspace } from './workspace.ts';

/**
 * One synchronous step of a model: the `length` sharers in `ws.frontier` act at `step`; the
 * nodes they activate (at step + 1) and any sharers that carry on go into `ws.next`.
 * Returns how many entries of `ws.next` it filled. Implementations copy what they read into
 * locals before their arc loop: that loop is where all the time goes.
 */
export type SpreadStep = (step: number, length: number, tally: RunTally) => number;

/**
 * A model's step hands back what it counted: the reach and viewers so far, and this step's
 * arc checks (each is also an impression: every share is shown to every out-neighbour).
 * Returns nextLength, for the model to return in turn.
 */
export function endStep(
  tally: RunTally,
  size: number,
  viewers: number,
  checks: number,
  nextLength: number,
): number {
  tally.size = size;
  tally.viewers = viewers;
  tally.checks += checks;
  tally.impressions += checks;
  return nextLength;
}

/**
 * The clock every model shares: inject the seeds due at each step, let the model act,
 * stop when nothing is sharing and no seed is left, or at maxSteps. When nobody shares, the
 * clock jumps straight to the next staggered seed. A model that tracks how long each sharer
 * has shared passes `startedAt`, where each seed's start step is written as it is injected.
 */
export function runSteps(
  ws: Workspace,
  schedule: SeedSchedule,
  maxSteps: number,
  spread: SpreadStep,
  startedAt: Int32Array | null = null,
): Cascade {
  ws.newRun();
  const tally: RunTally = { size: 0, viewers: 0, impressions: 0, checks: 0, nextSeed: 0 };
  let step = 0;
  let length = 0;
  while (step <= maxSteps) {
    if (length === 0) {
      step = nextSeedStep(schedule, tally);
      if (step > maxSteps) break;
      length = injectSeeds(ws, schedule, step, tally, ws.frontier, 0, startedAt);
      continue;
    }
    if (step === maxSteps) break;
    let nextLength = spread(step, length, tally);
    step++;
    nextLength = injectSeeds(ws, schedule, step, tally, ws.next, nextLength, startedAt);
    ws.swapFrontiers();
    length = nextLength;
  }
  return {
    size: tally.size,
    nodes: ws.nodes,
    steps: ws.steps,
    parents: ws.parents,
    impressions: tally.impressions,
    uniqueViewers: tally.viewers,
    edgeChecks: tally.checks,
  };
}
