import { requireInRange } from './check.ts';

/**
 * The share of a large network that a global outbreak reaches under bond percolation with
 * transmissibility T, for the network's own degree distribution p_k (a configuration model with
 * these degrees; Newman 2002, "Spread of epidemic disease on networks", Phys. Rev. E 66, 016128,
 * Eqs. 21–25). With G0(x) = Σ p_k x^k and G1(x) = G0'(x)/⟨k⟩:
 *
 *   u = G1(1 − T + T·u),   S = 1 − G0(1 − T + T·u)
 *
 * u being the chance that an edge leads to no giant outbreak (the smallest root in [0, 1]). On
 * an undirected network S is also the chance that one random seed starts a global outbreak.
 * S = 0 exactly when T·G1'(1) ≤ 1, i.e. T ≤ T_c = ⟨k⟩/(⟨k²⟩ − ⟨k⟩) (percolationThreshold), so
 * the curve and the critical value come from the same degrees. On Poisson degrees it is the
 * Erdős–Rényi S = 1 − exp(−z·T·S).
 *
 * `degreeCounts[k]` is the number (or share) of nodes of degree k. Newton's method on
 * f(u) = G1(1 − T + T·u) − u from u = 0: f is convex with f(0) ≥ 0, so the iterates increase
 * monotonically onto the smallest root.
 */
export function degreeSequenceFinalSize(degreeCounts: readonly number[], T: number): number {
  requireInRange('T', T, 0, 1);
  const degrees = new DegreeSequence(degreeCounts);
  if (!(T * degrees.excess > degrees.mean)) return 0;
  let u = 0;
  for (let i = 0; i < 200; i++) {
    const { g1, g1Slope } = degrees.at(1 - T + T * u);
    const slope = T * g1Slope - 1;
    if (!(slope < 0)) break;
    const next = u - (g1 - u) / slope;
    if (!(next > u)) break; // monotone ascent ended: converged to rounding
    u = next;
  }
  return 1 - degrees.at(1 - T + T * u).g0;
}

/** A degree distribution as its distinct degrees, ready to evaluate G0, G1 and G1'. */
class DegreeSequence {
  private readonly k: number[] = [];
  private readonly share: number[] = [];
  /** Σ k·p_k and Σ k(k−1)·p_k: ⟨k⟩ and ⟨k²⟩ − ⟨k⟩. */
  readonly mean: number;
  readonly excess: number;

  constructor(counts: readonly number[]) {
    let total = 0;
    for (const [k, count] of counts.entries()) {
      requireInRange(`count of degree ${k}`, count, 0);
      total += count;
    }
    requireInRange('number of nodes', total, Number.MIN_VALUE);
    let mean = 0;
    let excess = 0;
    for (const [k, count] of counts.entries()) {
      if (count === 0) continue;
      this.k.push(k);
      this.share.push(count / total);
      mean += (k * count) / total;
      excess += (k * (k - 1) * count) / total;
    }
    this.mean = mean;
    this.excess = excess;
  }

  /** G0(x), G1(x) and G1'(x) for x in [0, 1]. */
  at(x: number): { g0: number; g1: number; g1Slope: number } {
    let g0 = 0;
    let g1 = 0;
    let g1Slope = 0;
    for (let i = 0; i < this.k.length; i++) {
      const k = this.k[i];
      const p = this.share[i];
      g0 += p * x ** k;
      if (k >= 1) g1 += k * p * x ** (k - 1);
      if (k >= 2) g1Slope += k * (k - 1) * p * x ** (k - 2);
    }
    return { g0, g1: g1 / this.mean, g1Slope: g1Slope / this.mean };
  }
}
