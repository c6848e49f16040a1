import { describe, expect, it } from 'vitest';
import { rippleLayout } from '../../../src/viz/network/ripple-layout.ts';
import type { CascadeView } from '../../../src/viz/network/types.ts';
import { randomCascade } from './fixtures.ts';

const TAU = 2 * Math.PI;
const options = { cx: 10, cy: -5, outerRadius: 100 };
const radiusOf = (xy: Float32Array, v: number): number =>
  Math.hypot(xy[2 * v] - options.cx, xy[2 * v + 1] - options.cy);

/** Seed 0; generation 1: 1, 2, 3; generation 2: 4, 5 (of 1), 6 (of 2); generation 3: 7 (of 4); 8, 9 never reached. */
const tree: Pick<CascadeView, 'parent' | 'generation'> = {
  parent: Int32Array.from([-1, 0, 0, 0, 1, 1, 2, 4, -1, -1]),
  generation: Int32Array.from([0, 1, 1, 1, 2, 2, 2, 3, -1, -1]),
};

function expectChildrenInsideParents(
  n: number,
  cascade: Pick<CascadeView, 'parent' | 'generation'>,
): void {
  const { xy, sectors } = rippleLayout(n, cascade, options);
  const { start, width } = sectors;
  for (let v = 0; v < n; v++) {
    const p = cascade.parent[v];
    if (p < 0 || cascade.generation[v] < 0) continue;
    const eps = 1e-9;
    expect(start[v]).toBeGreaterThanOrEqual(start[p] - eps);
    expect(start[v] + width[v]).toBeLessThanOrEqual(start[p] + width[p] + eps);
    // The drawn angle agrees with the sector (mod 2π).
    const angle = Math.atan2(xy[2 * v + 1] - options.cy, xy[2 * v] - options.cx);
    const mid = start[v] + width[v] / 2;
    const diff = Math.abs(((((angle - mid) % TAU) + TAU + Math.PI) % TAU) - Math.PI);
    expect(diff).toBeLessThan(1e-3);
  }
}

describe('rippleLayout', () => {
  it('puts generation g on radius spacing · g around a single seed', () => {
    const { xy, spacing, firstRing, maxGeneration } = rippleLayout(10, tree, options);
    expect(firstRing).toBe(0);
    expect(maxGeneration).toBe(3);
    expect(spacing).toBeCloseTo(100 / 4);
    for (let v = 0; v < 8; v++)
      expect(radiusOf(xy, v)).toBeCloseTo(spacing * tree.generation[v], 3);
  });

  it('waits the never-reached nodes on the outer ring', () => {
    const { xy } = rippleLayout(10, tree, options);
    expect(radiusOf(xy, 8)).toBeCloseTo(100, 3);
    expect(radiusOf(xy, 9)).toBeCloseTo(100, 3);
  });

  it('keeps every child inside its parent sector', () => {
    expectChildrenInsideParents(10, tree);
    expectChildrenInsideParents(2000, randomCascade(2000, 1, 1));
    expectChildrenInsideParents(2000, randomCascade(2000, 7, 2));
  });

  it('gives bigger branches wider sectors', () => {
    const { width } = rippleLayout(10, tree, options).sectors;
    expect(width[1]).toBeGreaterThan(width[2]); // 4 nodes below 1, 2 below 2
    expect(width[2]).toBeGreaterThan(width[3]);
    expect(width[0]).toBeCloseTo(TAU);
  });

  it('rings several seeds on the first circle, generation g on spacing · (g + 1)', () => {
    const cascade = randomCascade(500, 5, 3);
    const { xy, spacing, firstRing } = rippleLayout(500, cascade, options);
    expect(firstRing).toBe(1);
    for (let v = 0; v < 500; v++) {
      const g = cascade.generation[v];
      if (g >= 0) expect(radiusOf(xy, v)).toBeCloseTo(spacing * (g + 1), 2);
    }
  });

  it('is deterministic', () => {
    const cascade = randomCascade(3000, 3, 4);
    expect(rippleLayout(3000, cascade, options).xy).toEqual(
      rippleLayout(3000, cascade, options).xy,
    );
  });

  it('keeps the never-reached nodes at their angle in a reference layout', () => {
    const reference = new Float32Array(20);
    reference.set([options.cx, options.cy + 7], 16); // node 8 straight below the centre (y grows down)
    const { xy } = rippleLayout(10, tree, { ...options, reference });
    expect(xy[16]).toBeCloseTo(options.cx, 3);
    expect(xy[17]).toBeCloseTo(options.cy + 100, 3);
  });

  it('survives inconsistent input (parents deeper than children, cycles) with finite positions', () => {
    const bad = {
      parent: Int32Array.from([1, 0, 5, -1, 2, 4]),
      generation: Int32Array.from([2, 1, 0, -1, 3, 1]),
    };
    const { xy } = rippleLayout(6, bad, options);
    expect(Array.from(xy).every(Number.isFinite)).toBe(true);
  });
});
