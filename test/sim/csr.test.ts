import { describe, expect, it } from 'vitest';
import { type buildCsr, outDegree } from '../../src/sim/csr.ts';
import { csrFrom } from '../helpers/sim-builders.ts';

/** Arcs of u as [target, weight] pairs, in CSR order. */
function arcsOf(csr: ReturnType<typeof buildCsr>, u: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let a = csr.offsets[u]; a < csr.offsets[u + 1]; a++)
    out.push([csr.targets[a], csr.weights ? csr.weights[a] : 1]);
  return out;
}

describe('buildCsr', () => {
  it('lays out a directed graph by source, keeping edge order within each node', () => {
    // Edges deliberately out of source order: 2→0, 0→1, 2→1, 0→2, 3 isolated.
    const csr = csrFrom(4, true, [
      [2, 0],
      [0, 1],
      [2, 1],
      [0, 2],
    ]);
    expect(Array.from(csr.offsets)).toEqual([0, 2, 2, 4, 4]);
    expect(Array.from(csr.targets)).toEqual([1, 2, 0, 1]);
    expect(csr.weights).toBeNull();
    expect(Array.from(csr.inDegree)).toEqual([1, 2, 1, 0]);
    expect(csr.targets.length).toBe(4);
    expect([0, 1, 2, 3].map((u) => outDegree(csr, u))).toEqual([2, 0, 2, 0]);
  });

  it('turns each undirected edge into two arcs', () => {
    const csr = csrFrom(3, false, [
      [0, 1],
      [1, 2],
    ]);
    expect(csr.targets.length).toBe(4);
    expect(arcsOf(csr, 0)).toEqual([[1, 1]]);
    expect(arcsOf(csr, 1)).toEqual([
      [0, 1],
      [2, 1],
    ]);
    expect(arcsOf(csr, 2)).toEqual([[1, 1]]);
    // Undirected: in-degree equals degree.
    expect(Array.from(csr.inDegree)).toEqual([1, 2, 1]);
  });

  it('carries weights to both arcs of an undirected edge and sums in-weights', () => {
    const csr = csrFrom(3, false, [
      [0, 1, 0.25],
      [1, 2, 0.5],
      [2, 0, 0.125],
    ]);
    expect(arcsOf(csr, 0)).toEqual([
      [1, 0.25],
      [2, 0.125],
    ]);
    expect(arcsOf(csr, 1)).toEqual([
      [0, 0.25],
      [2, 0.5],
    ]);
    expect(arcsOf(csr, 2)).toEqual([
      [1, 0.5],
      [0, 0.125],
    ]);
    expect(Array.from(csr.inDegree)).toEqual([2, 2, 2]);
  });

  it('computes in-degrees of a directed weighted graph from arcs into each node only', () => {
    const csr = csrFrom(3, true, [
      [0, 2, 0.5],
      [1, 2, 0.25],
      [2, 0, 1],
    ]);
    expect(Array.from(csr.inDegree)).toEqual([1, 0, 2]);
    expect(Array.from(csr.weights!)).toEqual([0.5, 0.25, 1]);
  });

  it('keeps repeated edges as parallel arcs and handles an empty graph', () => {
    const csr = csrFrom(2, true, [
      [0, 1],
      [0, 1],
    ]);
    expect(Array.from(csr.targets)).toEqual([1, 1]);
    expect(csr.inDegree[1]).toBe(2);
    const empty = csrFrom(3, false, []);
    expect(Array.from(empty.offsets)).toEqual([0, 0, 0, 0]);
    expect(empty.targets.length).toBe(0);
  });

  it('matches an independent count on a larger random edge list', () => {
    // Deterministic pseudo-random edges (LCG), compared with a plain per-node tally.
    const n = 200;
    let x = 12345;
    const next = (): number => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) % n;
    const edges: Array<[number, number]> = [];
    for (let i = 0; i < 1000; i++) edges.push([next(), next()]);
    for (const directed of [true, false]) {
      const csr = csrFrom(n, directed, edges);
      const expected: number[][] = Array.from({ length: n }, () => []);
      for (const [u, v] of edges) {
        expected[u].push(v);
        if (!directed) expected[v].push(u);
      }
      // Within a node, arcs follow edge order, which the tally above reproduces.
      for (let u = 0; u < n; u++) expect(arcsOf(csr, u).map(([t]) => t)).toEqual(expected[u]);
      const inDeg = new Array<number>(n).fill(0);
      for (const list of expected) for (const v of list) inDeg[v]++;
      expect(Array.from(csr.inDegree)).toEqual(inDeg);
    }
  });
});
