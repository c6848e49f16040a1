/**
 * Bond-percolation predictions for a network's own degree sequence (Newman 2002, PRE 66,
 * 016128): with generating functions G0(x) = Σ p_k x^k and G1(x) = G0'(x)/⟨k⟩, the chance u
 * that an edge does not lead to the giant outbreak solves u = G1(1 − T + T·u), and the giant
 * outbreak fraction (= the chance one random seed starts it, for fixed T) is
 * S = 1 − G0(1 − T + T·u). Used as a test oracle, independent of src/theory.
 */
import type { Csr } from '../../src/sim/csr.ts';

export function degreeHistogram(csr: Csr): number[] {
  const counts: number[] = [];
  for (let u = 0; u < csr.n; u++) {
    const k = csr.offsets[u + 1] - csr.offsets[u];
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return Array.from(counts, (c) => (c ?? 0) / csr.n);
}

export function giantOutbreakFraction(pk: readonly number[], T: number): number {
  const mean = pk.reduce((a, p, k) => a + k * p, 0);
  const G0 = (x: number): number => pk.reduce((a, p, k) => a + p * x ** k, 0);
  const G1 = (x: number): number =>
    pk.reduce((a, p, k) => (k > 0 ? a + (k * p * x ** (k - 1)) / mean : a), 0);
  // Fixed-point iteration from u = 0 increases monotonically to the smallest root in [0, 1].
  let u = 0;
  for (let i = 0; i < 10_000; i++) {
    const next = G1(1 - T + T * u);
    if (Math.abs(next - u) < 1e-14) break;
    u = next;
  }
  return 1 - G0(1 - T + T * u);
}
