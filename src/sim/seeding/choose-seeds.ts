import type { Csr } from '../csr.ts';
import { degreeDiscountSeeds } from './degree-discount.ts';
import { eligibleNodes } from './eligible.ts';
import { resolveCelfOptions } from './greedy-celf.ts';
import { greedyCelfSeeds } from './greedy-seeds.ts';
import { kCoreSeeds } from './k-core.ts';
import { oneCommunitySeeds } from './one-community.ts';
import { onePerCommunitySeeds } from './one-per-community.ts';
import { topPageRankSeeds } from './pagerank.ts';
import { randomSeeds } from './random.ts';
import { topDegreeSeeds } from './top-degree.ts';
import type { SeedingOptions } from './types.ts';

/**
 * Where the stone drops: `count` distinct seeds in the order the strategy chose them (best
 * first), never an excluded node. Fewer only when fewer nodes are eligible: then all of them.
 * Deterministic given the options; `rng` is drawn from only by random (and by greedy-celf for
 * its default ensemble seed).
 */
export function chooseSeeds(csr: Csr, options: SeedingOptions): Int32Array {
  const { strategy, count, rng, model } = options;
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`The number of seeds must be a whole number, 0 or more; got ${count}.`);
  const candidates = eligibleNodes(csr.n, options.excluded);
  switch (strategy) {
    case 'random':
      return randomSeeds(candidates, count, rng);
    case 'top-degree':
      return topDegreeSeeds(csr, candidates, count);
    case 'top-pagerank':
      return topPageRankSeeds(csr, candidates, count);
    case 'k-core':
      return kCoreSeeds(csr, candidates, count);
    case 'one-per-community':
      return onePerCommunitySeeds(csr, candidates, count, options.community);
    case 'one-community':
      return oneCommunitySeeds(csr, candidates, count, options.community);
    case 'degree-discount':
      return degreeDiscountSeeds(csr, candidates, count, model.discountChance);
    case 'greedy-celf': {
      const celf = resolveCelfOptions(options.celf, rng);
      return count === 0
        ? new Int32Array(0)
        : greedyCelfSeeds(
            csr,
            candidates,
            count,
            model,
            celf,
            options.silent ?? null,
            options.greedy,
          );
    }
    default:
      throw new RangeError(`Unknown seeding strategy ${JSON.stringify(strategy satisfies never)}.`);
  }
}
