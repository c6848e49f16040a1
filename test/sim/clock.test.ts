import { describe, expect, it } from 'vitest';
import { prepareModel } from '../../src/models/index.ts';
import {
  injectSeeds,
  nextSeedStep,
  type RunTally,
  scheduleSeeds,
} from '../../src/sim/seed-schedule.ts';
import { simulate } from '../../src/sim/simulate.ts';
import { Workspace } from '../../src/sim/workspace.ts';
import {
  activated,
  csrFrom,
  directedChain,
  IC,
  keyFor,
  LT_FRACTION,
  runOnce,
  SIR,
  stepOf,
} from '../helpers/sim-builders.ts';

/* The shared clock: staggered seeds, idle gaps and maxSteps. Power 1 makes every run exact. */
const KEY = keyFor('clock');

describe('scheduleSeeds', () => {
  it('orders seeds by step, keeping list order within a step', () => {
    const s = scheduleSeeds({
      nodes: Int32Array.from([5, 3, 9, 1]),
      steps: Int32Array.from([2, 0, 2, 0]),
    });
    expect(Array.from(s.nodes)).toEqual([3, 1, 5, 9]);
    expect(Array.from(s.steps)).toEqual([0, 0, 2, 2]);
  });

  it('injects only the seeds due, skips active ones, and reports the next step', () => {
    const ws = new Workspace(4);
    ws.newRun();
    const schedule = scheduleSeeds({
      nodes: Int32Array.from([0, 1, 1, 2]),
      steps: Int32Array.from([0, 0, 0, 3]),
    });
    const tally: RunTally = { size: 0, viewers: 0, impressions: 0, checks: 0, nextSeed: 0 };
    expect(nextSeedStep(schedule, tally)).toBe(0);
    expect(injectSeeds(ws, schedule, 0, tally, ws.frontier, 0)).toBe(2); // duplicate 1 skipped
    expect(tally.size).toBe(2);
    expect(tally.viewers).toBe(2);
    expect(nextSeedStep(schedule, tally)).toBe(3);
    expect(injectSeeds(ws, schedule, 3, tally, ws.frontier, 0)).toBe(1);
    expect(nextSeedStep(schedule, tally)).toBe(Infinity);
  });
});

describe('staggered seeds', () => {
  it('activate at their step, as seeds (parent −1), and spread from there', () => {
    // Two chains: 0→1→2 and 3→4→5; seed 0 at step 0, seed 3 at step 4.
    const csr = csrFrom(6, true, [
      [0, 1],
      [1, 2],
      [3, 4],
      [4, 5],
    ]);
    for (const spec of [IC(1), SIR(1, 0.5), LT_FRACTION(0.5)]) {
      const { cascade } = runOnce(csr, spec, [0, 3], KEY, { steps: [0, 4] });
      expect(Array.from(stepOf(cascade, 6))).toEqual([0, 1, 2, 4, 5, 6]);
      const i3 = Array.from(cascade.nodes).indexOf(3);
      expect(cascade.parents[i3]).toBe(-1);
    }
  });

  it('are skipped when the cascade got there first (no duplicate, the first activation stands)', () => {
    // Chain of 6; seed 2 scheduled at step 2, exactly when the chain reaches it; seed 4 at step 9.
    const { cascade, obs } = runOnce(directedChain(6), IC(1), [0, 2, 4], KEY, { steps: [0, 2, 9] });
    expect(cascade.size).toBe(6);
    expect(new Set(Array.from(cascade.nodes)).size).toBe(6);
    expect(Array.from(stepOf(cascade, 6))).toEqual([0, 1, 2, 3, 4, 5]);
    expect(Array.from(cascade.parents)).toEqual([-1, 0, 1, 2, 3, 4]);
    expect(obs.byGeneration).toEqual([1, 1, 1, 1, 1, 1]);
    expect(obs.duration).toBe(5); // the skipped seed at step 9 leaves no trace
  });

  it('a seed scheduled one step before the chain arrives takes over as a new root', () => {
    const { cascade } = runOnce(directedChain(6), IC(1), [0, 3], KEY, { steps: [0, 2] });
    expect(Array.from(stepOf(cascade, 6))).toEqual([0, 1, 2, 2, 3, 4]);
    const i3 = Array.from(cascade.nodes).indexOf(3);
    expect(cascade.parents[i3]).toBe(-1);
  });

  it('jump the clock over idle gaps instead of ticking through them', () => {
    // Two isolated seeds 2·10^9 steps apart: ticking would take seconds, the jump is instant.
    const csr = csrFrom(3, true, [[1, 2]]);
    const ws = new Workspace(3);
    const schedule = scheduleSeeds({
      nodes: Int32Array.from([0, 1]),
      steps: Int32Array.from([0, 2_000_000_000]),
    });
    const t0 = performance.now();
    const c = simulate(csr, prepareModel(csr, IC(1)), schedule, KEY, ws, 2_100_000_000);
    expect(performance.now() - t0).toBeLessThan(200);
    expect(Array.from(c.steps.subarray(0, c.size))).toEqual([0, 2_000_000_000, 2_000_000_001]);
  });

  it('LT: a late seed adds its pull to what earlier sharers left', () => {
    // 0 and 1 both → 2; φ = 1 (both needed). 0 at step 0, 1 at step 5: 2 tips at step 6.
    const csr = csrFrom(3, true, [
      [0, 2],
      [1, 2],
    ]);
    const { cascade } = runOnce(csr, LT_FRACTION(1), [0, 1], KEY, { steps: [0, 5] });
    expect(Array.from(stepOf(cascade, 3))).toEqual([0, 5, 6]);
  });
});

describe('maxSteps', () => {
  it('cuts the run: nodes activated at maxSteps are kept but do not share', () => {
    const { cascade, obs } = runOnce(directedChain(10), IC(1), [0], KEY, { maxSteps: 3 });
    expect(Array.from(cascade.nodes)).toEqual([0, 1, 2, 3]);
    expect(obs.impressions).toBe(3);
    expect(obs.uniqueViewers).toBe(4);
    expect(obs.duration).toBe(3);
  });

  it('maxSteps 0 keeps only the seeds due at step 0', () => {
    const { cascade } = runOnce(directedChain(10), IC(1), [0, 5], KEY, {
      maxSteps: 0,
      steps: [0, 1],
    });
    expect(Array.from(cascade.nodes)).toEqual([0]);
    expect(cascade.impressions).toBe(0);
  });

  it('does not inject seeds scheduled after maxSteps', () => {
    const { cascade } = runOnce(directedChain(10), IC(1), [0, 8], KEY, {
      maxSteps: 4,
      steps: [0, 6],
    });
    expect(activated(cascade)).toEqual(new Set([0, 1, 2, 3, 4]));
  });

  it('stops SIR sharers that would otherwise share forever (γ → 0)', () => {
    // A 2-cycle with power 0 and tiny recovery: sharers keep going; maxSteps ends the run.
    const csr = csrFrom(2, true, [
      [0, 1],
      [1, 0],
    ]);
    const { cascade } = runOnce(csr, SIR(0, 1e-12), [0], KEY, { maxSteps: 50 });
    expect(cascade.size).toBe(1);
    expect(cascade.impressions).toBe(50); // node 0 shown to node 1 at steps 0..49
  });
});
