/** Reference graph walks on a CSR, written plainly so the engine can be checked against them. */
import type { Csr } from '../../src/sim/csr.ts';

/** Multi-source BFS distance along arcs (−1 = unreachable), optionally not entering `blocked` nodes. */
export function bfsDistances(
  csr: Csr,
  sources: readonly number[],
  blocked: Uint8Array | null = null,
): Int32Array {
  const dist = new Int32Array(csr.n).fill(-1);
  const queue: number[] = [];
  for (const s of sources) {
    if (dist[s] < 0) {
      dist[s] = 0;
      queue.push(s);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const u = queue[head];
    for (let a = csr.offsets[u]; a < csr.offsets[u + 1]; a++) {
      const v = csr.targets[a];
      if (dist[v] >= 0 || blocked?.[v]) continue;
      dist[v] = dist[u] + 1;
      queue.push(v);
    }
  }
  return dist;
}

/** Nodes reachable from the sources (sources included). */
export function reachable(
  csr: Csr,
  sources: readonly number[],
  blocked: Uint8Array | null = null,
): Set<number> {
  const dist = bfsDistances(csr, sources, blocked);
  const out = new Set<number>();
  dist.forEach((d, v) => {
    if (d >= 0) out.add(v);
  });
  return out;
}

/** True when the CSR has an arc u → v. */
export function hasArc(csr: Csr, u: number, v: number): boolean {
  for (let a = csr.offsets[u]; a < csr.offsets[u + 1]; a++) if (csr.targets[a] === v) return true;
  return false;
}

/** In-neighbours per node (with multiplicity). */
export function inNeighbours(csr: Csr): number[][] {
  const out: number[][] = Array.from({ length: csr.n }, () => []);
  for (let u = 0; u < csr.n; u++)
    for (let a = csr.offsets[u]; a < csr.offsets[u + 1]; a++) out[csr.targets[a]].push(u);
  return out;
}

/** Degree moments ⟨k⟩ and ⟨k²⟩ of an undirected CSR (out-degree = degree). */
export function degreeMoments(csr: Csr): { meanDegree: number; meanSquareDegree: number } {
  let k1 = 0;
  let k2 = 0;
  for (let u = 0; u < csr.n; u++) {
    const k = csr.offsets[u + 1] - csr.offsets[u];
    k1 += k;
    k2 += k * k;
  }
  return { meanDegree: k1 / csr.n, meanSquareDegree: k2 / csr.n };
}
