import { type Csr, outDegree } from '../csr.ts';
import { NodeQueue } from './priority-queue.ts';

/**
 * DegreeDiscountIC (Chen, Wang and Yang 2009, KDD, "Efficient influence maximization in social
 * networks"): with one chance p per arc (the model's discountChance), pick the highest
 * discounted degree dd(v) = d − 2t − (d − t)·t·p, where d is v's
 * out-degree and t the number of seeds already pointing at v, which v may hear from anyway.
 * In directed graphs t can exceed d, so d − t is floored at 0. Ties go to the lower index.
 * Entries are re-pushed when dd changes and stale ones skipped on pop.
 */
export function degreeDiscountSeeds(
  csr: Csr,
  candidates: Int32Array,
  count: number,
  p: number,
): Int32Array {
  const { offsets, targets } = csr;
  const seedNeighbours = new Int32Array(csr.n);
  const discounted = new Float64Array(csr.n);
  const chosen = new Uint8Array(csr.n);
  const candidate = new Uint8Array(csr.n);
  for (const v of candidates) {
    candidate[v] = 1;
    discounted[v] = outDegree(csr, v);
  }
  const queue = new NodeQueue(candidates, (v) => discounted[v]);
  const out = new Int32Array(Math.min(count, candidates.length));
  let k = 0;
  while (k < out.length) {
    const u = queue.topNode();
    const stale = chosen[u] === 1 || queue.topKey() !== discounted[u];
    queue.pop();
    if (stale) continue;
    chosen[u] = 1;
    out[k++] = u;
    for (let a = offsets[u]; a < offsets[u + 1]; a++) {
      const v = targets[a];
      if (chosen[v] || !candidate[v]) continue;
      const t = ++seedNeighbours[v];
      const d = outDegree(csr, v);
      discounted[v] = d - 2 * t - Math.max(0, d - t) * t * p;
      queue.push(v, discounted[v]);
    }
  }
  return out;
}
