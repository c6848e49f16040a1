import type { Csr } from './csr.ts';
import type { ModelSpec } from './model-spec.ts';
import { prepareThreshold } from './prepare-threshold.ts';
import { prepareTransmission } from './prepare-transmission.ts';

/**
 * A model compiled against one network: everything that does not change between runs is
 * computed once here, so the per-run loops only compare integers and add numbers.
 */
export type PreparedModel = PreparedTransmission | PreparedThreshold;

/** IC and SIR: content crosses arc a when its coin is below arcThreshold[a & arcMask]. */
export interface PreparedTransmission {
  readonly kind: 'transmission';
  /** min(1, power × w) × 2^32 per arc (0 on arcs into silent nodes), or one entry shared by all. */
  readonly arcThreshold: Float64Array;
  /** -1 to index per arc; 0 when every arc has the same chance (one number stays in cache). */
  readonly arcMask: number;
  /** γ × 2^32: a sharer stops after a step when its node coin is below this (IC: 2^32). */
  readonly recoveryThreshold: number;
}

/** How LT's θ is set per node. */
export type ThresholdSource =
  | { readonly kind: 'fixed'; readonly value: number }
  /** Precomputed per node (the smallest whole count that meets φ). */
  | { readonly kind: 'per-node'; readonly values: Float64Array }
  /** θ ~ U[0,1) drawn per node and run from the run's node coins. */
  | { readonly kind: 'random' };

/** LT: v activates when pull(v) / denominator(v) ≥ θ(v), pull summing arc increments. */
export interface PreparedThreshold {
  readonly kind: 'threshold';
  /** Pull each arc adds: its tie strength in units of 2^-20 (null = 1 everywhere: counts). */
  readonly increment: Float64Array | null;
  /** Total possible pull per node in the same units; null when θ is itself a count. */
  readonly denominator: Float64Array | null;
  readonly threshold: ThresholdSource;
  /** Nodes that never activate (bots), or null. */
  readonly silent: Uint8Array | null;
}

export interface PrepareOptions {
  /** Nodes that may see content but never pass it on (fake followers). */
  readonly silent?: Uint8Array | null;
}

export function prepareModel(
  csr: Csr,
  spec: ModelSpec,
  options: PrepareOptions = {},
): PreparedModel {
  const silent = options.silent ?? null;
  switch (spec.model) {
    case 'independent-cascade':
      return prepareTransmission(csr, spec.power, spec.weighting, 1, silent);
    case 'sir':
      return prepareTransmission(csr, spec.power, spec.weighting, spec.recovery, silent);
    case 'linear-threshold':
      return prepareThreshold(csr, spec.threshold, silent);
  }
}
