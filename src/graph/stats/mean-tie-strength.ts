import type { Network } from '../network.ts';

/**
 * Mean tie strength w̄ over the edges (1 without ties): IC's transmissibility is power × w̄, so
 * the theory's critical power is T_c / w̄ (docs/models.md).
 */
export function meanTieStrength(network: Network): number {
  const { weight } = network;
  if (!weight || weight.length === 0) return 1;
  let sum = 0;
  for (const w of weight) sum += w;
  return sum / weight.length;
}
