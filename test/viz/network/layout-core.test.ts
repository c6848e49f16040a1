import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/random/rng.ts';
import { initialPositions } from '../../../src/workers/layout/initial-positions.ts';
import { ALPHA_MIN, createLayout, plannedTicks } from '../../../src/workers/layout/layout-core.ts';
import { clusteredGraph } from './fixtures.ts';

const graph = clusteredGraph(12, 15, 1);

function settle(g = graph): Float32Array {
  const layout = createLayout(g);
  layout.tick(1000);
  expect(layout.done).toBe(true);
  expect(layout.alpha).toBeLessThan(ALPHA_MIN);
  return layout.positions();
}

const dist = (xy: Float32Array, u: number, v: number): number =>
  Math.hypot(xy[2 * u] - xy[2 * v], xy[2 * u + 1] - xy[2 * v + 1]);

describe('layout core', () => {
  it('gives finite positions, the same for the same graph', () => {
    const a = settle();
    expect(Array.from(a).every(Number.isFinite)).toBe(true);
    expect(settle()).toEqual(a);
  });

  it('stops at ALPHA_MIN after the planned ticks', () => {
    const layout = createLayout(graph);
    layout.tick(plannedTicks(graph.n) - 5);
    expect(layout.done).toBe(false);
    layout.tick(10);
    expect(layout.done).toBe(true);
  });

  it('plans fewer ticks for big graphs', () => {
    expect(plannedTicks(10_000)).toBe(170);
    expect(plannedTicks(100_000)).toBeLessThan(plannedTicks(20_000));
    expect(plannedTicks(10_000_000)).toBe(40);
  });

  it('puts connected pairs closer than random pairs', () => {
    const xy = settle();
    const { src, dst, n } = graph;
    let linked = 0;
    for (let e = 0; e < src.length; e++) linked += dist(xy, src[e], dst[e]);
    const rng = createRng('random-pairs');
    let random = 0;
    const pairs = 2000;
    for (let i = 0; i < pairs; i++)
      random += dist(xy, Math.floor(rng() * n), Math.floor(rng() * n));
    expect(linked / src.length).toBeLessThan((random / pairs) * 0.5);
  });

  it('starts from distinct, deterministic positions that already keep neighbours close', () => {
    const xy = initialPositions(graph);
    expect(initialPositions(graph)).toEqual(xy);
    const seen = new Set<string>();
    for (let v = 0; v < graph.n; v++) seen.add(`${xy[2 * v]},${xy[2 * v + 1]}`);
    expect(seen.size).toBe(graph.n);
    let linked = 0;
    for (let e = 0; e < graph.src.length; e++) linked += dist(xy, graph.src[e], graph.dst[e]);
    let all = 0;
    for (let v = 1; v < graph.n; v++) all += dist(xy, 0, v) + dist(xy, v, (v * 7) % graph.n);
    expect(linked / graph.src.length).toBeLessThan(all / (2 * (graph.n - 1)));
  });

  it('handles isolated nodes, self-loops and an empty graph', () => {
    const xy = settle({ n: 5, src: Int32Array.from([0, 2]), dst: Int32Array.from([1, 2]) });
    expect(Array.from(xy).every(Number.isFinite)).toBe(true);
    expect(
      createLayout({ n: 0, src: new Int32Array(0), dst: new Int32Array(0) }).positions().length,
    ).toBe(0);
  });
});
