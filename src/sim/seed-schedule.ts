import type { SeedSet } from './seed-set.ts';
import type { Workspace } from './workspace.ts';

/** Seeds ordered by activation step, so a run can inject them as its clock reaches each one. */
export interface SeedSchedule {
  readonly nodes: Int32Array;
  readonly steps: Int32Array;
}

/**
 * The seeds in activation order, list order kept within a step. Seeds usually come in order
 * (all at step 0), and then their own arrays are the schedule, so an ensemble's runs allocate
 * no order and no copies: nothing writes to a schedule or to the seed set it came from.
 */
export function scheduleSeeds(seeds: SeedSet): SeedSchedule {
  if (stepsInOrder(seeds.steps)) return { nodes: seeds.nodes, steps: seeds.steps };
  const order = Array.from(seeds.nodes.keys()).sort(
    (a, b) => seeds.steps[a] - seeds.steps[b] || a - b,
  );
  return {
    nodes: Int32Array.from(order, (i) => seeds.nodes[i]),
    steps: Int32Array.from(order, (i) => seeds.steps[i]),
  };
}

function stepsInOrder(steps: Int32Array): boolean {
  for (let i = 1; i < steps.length; i++) if (steps[i] < steps[i - 1]) return false;
  return true;
}

/** Counters a run keeps; models update them once per step, not per arc. */
export interface RunTally {
  size: number;
  viewers: number;
  impressions: number;
  checks: number;
  /** Index of the next seed still to inject. */
  nextSeed: number;
}

/**
 * Activates every seed scheduled at `step` that is not active yet, appending it to the
 * activation record and to `frontier` from position `length` (and noting its start step in
 * `startedAt`, for models that track it); returns the new length.
 */
export function injectSeeds(
  ws: Workspace,
  schedule: SeedSchedule,
  step: number,
  tally: RunTally,
  frontier: Int32Array,
  length: number,
  startedAt: Int32Array | null = null,
): number {
  while (tally.nextSeed < schedule.nodes.length && schedule.steps[tally.nextSeed] === step) {
    const v = schedule.nodes[tally.nextSeed++];
    if (ws.state[v] === ws.activeMark) continue;
    if (ws.state[v] !== ws.seenMark) tally.viewers++;
    ws.state[v] = ws.activeMark;
    ws.nodes[tally.size] = v;
    ws.steps[tally.size] = step;
    ws.parents[tally.size] = -1;
    if (startedAt) startedAt[v] = step;
    tally.size++;
    frontier[length++] = v;
  }
  return length;
}

/** The step of the next seed still to inject, or Infinity when all are in. */
export function nextSeedStep(schedule: SeedSchedule, tally: RunTally): number {
  return tally.nextSeed < schedule.steps.length ? schedule.steps[tally.nextSeed] : Infinity;
}
