import type { Csr } from '../csr.ts';
import { CELF_MAX_NODES, celfGreedy } from './greedy-celf.ts';
import { estimateGreedyCost, TRIAL_RUNS } from './greedy-estimate.ts';
import { reachEstimate } from './reach-estimate.ts';
import type { CelfOptions, GreedyWatch, SeedingModel } from './types.ts';

/**
 * Greedy CELF seeds on a graph small enough to simulate every candidate. Its cost is estimated
 * first, from a short trial (the watcher may refuse it by throwing), and every seed set scored
 * is reported, so a long search shows progress. The trial draws no random number: the seeds
 * are those the search would choose without it.
 */
export function greedyCelfSeeds(
  csr: Csr,
  candidates: Int32Array,
  count: number,
  model: SeedingModel,
  celf: CelfOptions,
  silent: Uint8Array | null,
  watch: GreedyWatch = {},
): Int32Array {
  if (csr.n > CELF_MAX_NODES) {
    throw new RangeError(
      `Greedy CELF seeding simulates every candidate and is limited to ${CELF_MAX_NODES.toLocaleString('en-US')} nodes; this network has ${csr.n.toLocaleString('en-US')}. Use degree-discount, which picks similar seeds in a fraction of the time.`,
    );
  }
  const score = reachEstimate(csr, model, celf, silent);
  const { onEstimate, onProgress } = watch;
  if (!onEstimate && !onProgress) return celfGreedy(candidates, count, score);
  const runs = Math.min(celf.runs, TRIAL_RUNS);
  const trial = { score: reachEstimate(csr, model, { ...celf, runs }, silent), runs };
  const cost = estimateGreedyCost(csr, candidates, count, celf.runs, trial);
  onEstimate?.(cost);
  let done = 0;
  return celfGreedy(candidates, count, (seeds) => {
    onProgress?.(++done, cost.evaluations);
    return score(seeds);
  });
}
