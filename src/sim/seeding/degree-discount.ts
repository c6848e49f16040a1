import { type Csr, outDegree } from '../csr.ts';
import type { ModelSpec } from '../model-spec.ts';
import { NodeQueue } from './priority-queue.ts';

/** LT has no per-arc chance, so a small fixed one stands in for it. */
export const LINEAR_THRESHOLD_DISCOUNT_CHANCE = 0.01;

/**
 * The uniform per-arc chance p the heuristic assumes. IC: min(1, power). SIR: the chance an
 * arc transmits at least once over a geometric sharing period, p / (1 − (1 − p)(1 − γ)),
 * which is p at γ = 1. LT: 0.01. Tie strengths and weighted cascade are ignored,
 * as the heuristic is defined for one p.
 */
export function discountChance(model: ModelSpec): number {
  if (model.model === 'linear-threshold') return LINEAR_THRESHOLD_DISCOUNT_CHANCE;
  const p = Math.min(1, model.power);
  if (model.model === 'independent-cascade' || p === 0) return p;
  return p / (1 - (1 - p) * (1 - model.recovery));
}

/**
 * DegreeDiscountIC (Chen, Wang and Yang 2009, KDD, "Efficient influence maximization in social
 * networks"): pick the highest discounted degree dd(v) = d − 2t − (d − t)·t·p, where d is v's
 * out-degree and t the number of seeds already pointing at v, which v may hear from anyway.
 * In directed graphs t can exceed d, so d − t is floored at 0. Ties go to the lower index.
 * Entries are re-pushed when dd changes and stale ones skipped on pop.
 */
export function degreeDiscountSeeds(
  csr: Csr,
  candidates: Int32Array,
  count: number,
  model: ModelSpec,
): Int32Array {
  const p = discountChance(model);
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
