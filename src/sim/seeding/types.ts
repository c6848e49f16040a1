import type { Rng, Seed } from '../../random/rng.ts';
import type { Csr } from '../csr.ts';
import type { PreparedModel } from '../prepared-model.ts';

export const SEEDING_STRATEGIES = [
  'random',
  'top-degree',
  'top-pagerank',
  'k-core',
  'one-per-community',
  'one-community',
  'degree-discount',
  'greedy-celf',
] as const;

export type SeedingStrategyName = (typeof SEEDING_STRATEGIES)[number];

/** How greedy-celf estimates reach: runs 0..runs−1 of an ensemble seeded by `seed`. */
export interface CelfOptions {
  readonly runs: number;
  readonly seed: Seed;
  readonly maxSteps: number;
}

/** What the strategies that depend on the content need of it; the model registry provides it. */
export interface SeedingModel {
  /** degree-discount's uniform chance that a node passes content along an arc. */
  readonly discountChance: number;
  /** greedy-celf simulates the content: the model prepared for a network. */
  prepare(csr: Csr, silent: Uint8Array | null): PreparedModel;
}

export interface SeedingOptions {
  readonly strategy: SeedingStrategyName;
  readonly count: number;
  readonly rng: Rng;
  /** Community per node, -1 where unknown; required by one-per-community and one-community. */
  readonly community: Int32Array | null;
  /** Nodes that may not be seeds (bots, say): 1 = excluded. */
  readonly excluded: Uint8Array | null;
  /** The content: degree-discount reads its pass-on chance, greedy-celf simulates it. */
  readonly model: SeedingModel;
  /** Default: 200 runs, a seed drawn from `rng`, the engine's default step cap. */
  readonly celf?: Partial<CelfOptions>;
  /** Nodes that never pass content on, as the ensemble will run them (greedy-celf only). */
  readonly silent?: Uint8Array | null;
}
