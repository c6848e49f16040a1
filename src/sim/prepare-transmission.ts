import { TWO_POW_32 } from './coins.ts';
import type { Csr } from './csr.ts';
import type { Weighting } from './model-spec.ts';
import type { PreparedTransmission } from './prepared-model.ts';

/** Per-arc chances min(1, power × w) as 32-bit thresholds; one shared entry when all are equal. */
export function prepareTransmission(
  csr: Csr,
  power: number,
  weighting: Weighting,
  recovery: number,
  silent: Uint8Array | null,
): PreparedTransmission {
  const recoveryThreshold = recovery * TWO_POW_32;
  const { offsets, targets, weights, inDegree, n } = csr;
  if (weighting === 'tie-strength' && !weights && !silent) {
    return {
      kind: 'transmission',
      arcThreshold: Float64Array.of(Math.min(1, power) * TWO_POW_32),
      arcMask: 0,
      recoveryThreshold,
    };
  }
  const arcThreshold = new Float64Array(targets.length);
  for (let u = 0; u < n; u++) {
    for (let a = offsets[u]; a < offsets[u + 1]; a++) {
      const v = targets[a];
      if (silent?.[v]) continue;
      const w = weighting === 'weighted-cascade' ? 1 / inDegree[v] : weights ? weights[a] : 1;
      arcThreshold[a] = Math.min(1, power * w) * TWO_POW_32;
    }
  }
  return { kind: 'transmission', arcThreshold, arcMask: -1, recoveryThreshold };
}
