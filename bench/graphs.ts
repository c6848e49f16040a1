import { barabasiAlbert } from '../src/graph/generators/index.ts';
import type { Network } from '../src/graph/network.ts';
import { createRng } from '../src/random/rng.ts';
import { buildCsr, type Csr, outDegree } from '../src/sim/csr.ts';

/** Edges each new node brings: BA with m = 3 has ⟨k⟩ ≈ 6, so 10k nodes ≈ 30k edges. */
export const BA_M = 3;

export interface BenchGraph {
  readonly label: string;
  readonly network: Network;
  readonly csr: Csr;
  readonly generateSeconds: number;
  readonly csrSeconds: number;
  readonly meanDegree: number;
  readonly meanSquareDegree: number;
  /** Bond-percolation threshold T_c = ⟨k⟩ / (⟨k²⟩ − ⟨k⟩) of an uncorrelated graph with these degrees. */
  readonly percolationThreshold: number;
}

/** An undirected Barabási–Albert graph of n nodes, the same one on every run of the bench. */
export function scaleFreeGraph(n: number): BenchGraph {
  const t0 = performance.now();
  const network = barabasiAlbert({ n, m: BA_M, rng: createRng('bench', 'barabasi-albert', n) });
  const t1 = performance.now();
  const csr = buildCsr(network);
  const t2 = performance.now();
  let sum = 0;
  let sumSquares = 0;
  for (let u = 0; u < n; u++) {
    const k = outDegree(csr, u);
    sum += k;
    sumSquares += k * k;
  }
  const meanDegree = sum / n;
  const meanSquareDegree = sumSquares / n;
  return {
    label: sizeLabel(n),
    network,
    csr,
    generateSeconds: (t1 - t0) / 1000,
    csrSeconds: (t2 - t1) / 1000,
    meanDegree,
    meanSquareDegree,
    percolationThreshold: meanDegree / (meanSquareDegree - meanDegree),
  };
}

function sizeLabel(n: number): string {
  return n >= 1e6 && n % 1e6 === 0
    ? `${n / 1e6}M`
    : n >= 1e3 && n % 1e3 === 0
      ? `${n / 1e3}k`
      : String(n);
}
