import { TWO_POW_32 } from './coins.ts';
import type { Csr } from './csr.ts';
import type { ModelSpec, ThresholdRule, Weighting } from './model-spec.ts';

/**
 * A model compiled against one network: everything that does not change between runs is
 * computed once here, so the per-run loops only compare integers and add numbers.
 */
export type PreparedModel = PreparedTransmission | PreparedThreshold;

/** IC and SIR: content crosses arc a when its coin is below arcThreshold[a]. */
export interface PreparedTransmission {
  readonly kind: 'transmission';
  /** min(1, power × w) × 2^32 per arc; 0 on arcs into silent nodes. */
  readonly arcThreshold: Float64Array;
  /** γ × 2^32: a sharer stops after a step when its node coin is below this (IC: 2^32). */
  readonly recoveryThreshold: number;
}

/** LT: v activates when pull(v) / denominator(v) ≥ θ(v), pull summing arc increments. */
export interface PreparedThreshold {
  readonly kind: 'threshold';
  /** Pull each arc adds: its tie strength in units of 2^-20, or 1 when counting (null = 1 everywhere). */
  readonly increment: Float64Array | null;
  /** Total possible pull per node (the same units), or 1 for counts. */
  readonly denominator: Float64Array;
  /** A fixed θ for every node, or null to draw θ ~ U[0,1) per node and run. */
  readonly fixedThreshold: number | null;
  /** Nodes that never activate (bots), or null. */
  readonly silent: Uint8Array | null;
}

export interface PrepareOptions {
  /** Nodes that may see content but never pass it on (fake followers). */
  readonly silent?: Uint8Array | null;
}

export function prepareModel(csr: Csr, spec: ModelSpec, options: PrepareOptions = {}): PreparedModel {
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

function prepareTransmission(
  csr: Csr,
  power: number,
  weighting: Weighting,
  recovery: number,
  silent: Uint8Array | null,
): PreparedTransmission {
  const { offsets, targets, weights, inDegree, n } = csr;
  const arcThreshold = new Float64Array(targets.length);
  for (let u = 0; u < n; u++) {
    for (let a = offsets[u]; a < offsets[u + 1]; a++) {
      const v = targets[a];
      if (silent && silent[v]) continue;
      const w = weighting === 'weighted-cascade' ? 1 / inDegree[v] : weights ? weights[a] : 1;
      arcThreshold[a] = Math.min(1, power * w) * TWO_POW_32;
    }
  }
  return { kind: 'transmission', arcThreshold, recoveryThreshold: recovery * TWO_POW_32 };
}

/** Tie strengths become whole multiples of 2^-20 for LT, so that pulls add up exactly. */
const TIE_UNITS = 2 ** 20;

function prepareThreshold(csr: Csr, rule: ThresholdRule, silent: Uint8Array | null): PreparedThreshold {
  const fixedThreshold = rule.rule === 'count' ? rule.count : rule.rule === 'fraction' ? rule.phi : null;
  if (rule.rule === 'count' || !csr.weights) {
    const denominator = rule.rule === 'count' ? new Float64Array(csr.n).fill(1) : Float64Array.from(csr.inDegree);
    return { kind: 'threshold', increment: null, denominator, fixedThreshold, silent };
  }
  // Summing float tie strengths would make "share ≥ φ" depend on the order pushes arrive
  // (0.3+0.2+0.1 ≠ 0.1+0.2+0.3). Integer units make every sum exact, in any order.
  const increment = Float64Array.from(csr.weights, (w) => Math.max(1, Math.round(w * TIE_UNITS)));
  const denominator = new Float64Array(csr.n);
  for (let a = 0; a < increment.length; a++) denominator[csr.targets[a]] += increment[a];
  return { kind: 'threshold', increment, denominator, fixedThreshold, silent };
}
