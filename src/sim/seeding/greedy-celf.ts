import { type Rng, randomUint32 } from '../../random/rng.ts';
import { DEFAULT_MAX_STEPS } from '../simulate.ts';
import { NodeQueue } from './priority-queue.ts';
import type { ReachEstimate } from './reach-estimate.ts';
import type { CelfOptions } from './types.ts';

/** Every candidate is simulated `runs` times in the first round, so the graph must be small. */
export const CELF_MAX_NODES = 5000;
export const CELF_DEFAULT_RUNS = 200;

/** Fills in defaults (the seed is drawn from rng, keeping the choice reproducible) and checks. */
export function resolveCelfOptions(celf: Partial<CelfOptions> | undefined, rng: Rng): CelfOptions {
  const runs = celf?.runs ?? CELF_DEFAULT_RUNS;
  const maxSteps = celf?.maxSteps ?? DEFAULT_MAX_STEPS;
  if (!Number.isInteger(runs) || runs < 1)
    throw new RangeError(
      `Greedy CELF seeding needs a whole number of runs, at least 1; got ${runs}.`,
    );
  if (!Number.isInteger(maxSteps) || maxSteps < 1)
    throw new RangeError(
      `Greedy CELF seeding needs a step limit that is a whole number, at least 1; got ${maxSteps}.`,
    );
  return { runs, maxSteps, seed: celf?.seed ?? randomUint32(rng) };
}

/**
 * Greedy influence maximisation (Kempe, Kleinberg and Tardos 2003: within 1 − 1/e of the best
 * set for monotone submodular reach) with CELF lazy evaluation (Leskovec et al. 2007): a
 * candidate's gain can only shrink as seeds are added, so an old gain is an upper bound and
 * only the queue's top needs re-evaluating. Gains come from `estimate`; ties go to the lower
 * index, so the result equals plain greedy's exactly whenever the estimate is submodular.
 * With Ripple's counter-based coins each IC or SIR run is a fixed live-edge graph, so the
 * common-random-numbers estimate is a sum of coverage functions, hence submodular. Under LT
 * a run's fixed thresholds can make it supermodular in places, so there lazy evaluation is
 * a heuristic that may differ from plain greedy.
 */
export function celfGreedy(
  candidates: Int32Array,
  count: number,
  estimate: ReachEstimate,
): Int32Array {
  const chosen: number[] = [];
  let total = 0;
  const totalWith = (v: number): number => estimate(Int32Array.from([...chosen, v]));
  // Number of seeds chosen when each node's gain was last computed.
  const freshAt = new Map<number, number>();
  const queue = new NodeQueue(candidates, totalWith);
  while (chosen.length < count && queue.size > 0) {
    const v = queue.topNode();
    const gain = queue.topKey();
    queue.pop();
    if ((freshAt.get(v) ?? 0) === chosen.length) {
      chosen.push(v);
      total += gain;
    } else {
      freshAt.set(v, chosen.length);
      queue.push(v, totalWith(v) - total);
    }
  }
  return Int32Array.from(chosen);
}
