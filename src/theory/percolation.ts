import { requireInRange } from './check.ts';

/**
 * Critical transmissibility of bond percolation (IC, or SIR with fixed infectious period) on an
 * undirected network with degree moments ⟨k⟩ and ⟨k²⟩:
 *
 *   T_c = ⟨k⟩ / (⟨k²⟩ − ⟨k⟩)
 *
 * Newman (2002), "Spread of epidemic disease on networks", Phys. Rev. E 66, 016128: the giant
 * outbreak appears when T·G1'(1) = 1, with G1'(1) = (⟨k²⟩ − ⟨k⟩)/⟨k⟩ the mean excess degree.
 * Returns Infinity when ⟨k²⟩ − ⟨k⟩ ≤ 0 (every node has degree 0 or 1: no giant cluster can
 * form at any transmissibility). A value above 1 also means no large outbreak is possible.
 */
export function percolationThreshold(moments: {
  meanDegree: number;
  meanSquareDegree: number;
}): number {
  const { meanDegree, meanSquareDegree } = moments;
  requireInRange('meanDegree', meanDegree, 0);
  requireInRange('meanSquareDegree', meanSquareDegree, 0);
  const excess = meanSquareDegree - meanDegree;
  return excess > 0 ? meanDegree / excess : Infinity;
}

/**
 * Critical transmissibility on a directed network (content flows along arcs), with ⟨k⟩ the
 * mean in-degree (= mean out-degree) and ⟨k_in·k_out⟩ the mean product of a node's degrees:
 *
 *   T_c = ⟨k⟩ / ⟨k_in·k_out⟩
 *
 * Newman, Strogatz and Watts (2001), "Random graphs with arbitrary degree distributions and
 * their applications", Phys. Rev. E 64, 026118 (directed graphs): a giant component exists when
 * Σ_jk (2jk − j − k)·p_jk > 0, i.e. ⟨k_in·k_out⟩ > ⟨k⟩. Keeping each arc with probability T
 * thins in- and out-arcs independently (they are different arcs), so ⟨k_in·k_out⟩ → T²⟨k_in·k_out⟩
 * and ⟨k⟩ → T⟨k⟩, which gives T_c. The same threshold is the purely directed case of Meyers,
 * Newman and Pourbohloul (2006), "Predicting epidemics on directed contact networks",
 * J. Theor. Biol. 240, 400–418. Returns Infinity when ⟨k_in·k_out⟩ ≤ 0 (no node both receives
 * and passes on, so chains stop after one step).
 */
export function directedPercolationThreshold(moments: {
  meanDegree: number;
  meanInOutDegree: number;
}): number {
  const { meanDegree, meanInOutDegree } = moments;
  requireInRange('meanDegree', meanDegree, 0);
  requireInRange('meanInOutDegree', meanInOutDegree, 0);
  return meanInOutDegree > 0 ? meanDegree / meanInOutDegree : Infinity;
}
