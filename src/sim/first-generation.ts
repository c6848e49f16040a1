import { transmissibility } from '../theory/index.ts';
import { TWO_POW_32 } from './coins.ts';
import type { Csr } from './csr.ts';
import type { PreparedTransmission } from './spread/transmission.ts';

/**
 * Expected size of the first level of sharing, Σ over seeds of Σ over their arcs of the chance
 * to pass on (overlaps between seeds' audiences ignored, so it is an upper estimate when seeds
 * share followers). With seeds drawn at random it is count × the mean over all nodes. The
 * strategist's question "does the first wave reach the critical value?" starts here.
 * SIR counts each arc's whole sharing period: its transmissibility T = p / (p + γ − pγ).
 */
export function expectedFirstGeneration(
  csr: Csr,
  model: PreparedTransmission,
  seeds: Int32Array | null,
  count: number,
): number {
  const gamma = model.recoveryThreshold / TWO_POW_32;
  const chance = (a: number): number =>
    transmissibility(model.arcThreshold[a & model.arcMask] / TWO_POW_32, gamma);
  const fromNode = (u: number): number => {
    let sum = 0;
    for (let a = csr.offsets[u]; a < csr.offsets[u + 1]; a++) sum += chance(a);
    return sum;
  };
  if (seeds) return Array.from(seeds, fromNode).reduce((a, b) => a + b, 0);
  let total = 0;
  for (let u = 0; u < csr.n; u++) total += fromNode(u);
  return csr.n ? (count * total) / csr.n : 0;
}
