import { describe, expect, it } from 'vitest';
import { SVG_MAX_EDGES, sceneToSvg } from '../../../src/viz/network/export-image.ts';
import { createSceneState } from '../../../src/viz/network/scene-state.ts';
import type { NetworkViewData } from '../../../src/viz/network/types.ts';
import { project, viewportFor } from '../../../src/viz/network/viewport.ts';
import { clusteredGraph, randomCascade } from './fixtures.ts';

/* The whole frame (ties, cascade, nodes, seed rings) through the SVG pen, which needs no DOM. */

function viewData(graph: { n: number; src: Int32Array; dst: Int32Array }): NetworkViewData {
  return {
    ...graph,
    directed: false,
    kind: new Uint8Array(graph.n),
    labels: null,
    community: null,
  };
}

function svgOf(state: ReturnType<typeof createSceneState>): string {
  const xy = state.positions();
  const view = viewportFor(state.bounds, 800, 600, { k: 1, x: 0, y: 0 });
  const sx = new Float32Array(xy.length / 2);
  const sy = new Float32Array(xy.length / 2);
  project(xy, view, sx, sy);
  return sceneToSvg(state.scene()!, { view, sx, sy });
}

const count = (svg: string, tag: string): number => svg.split(`<${tag} `).length - 1;

describe('a frame as SVG', () => {
  const graph = clusteredGraph(10, 10, 5);
  const state = createSceneState();
  state.setNetwork(viewData(graph));
  state.setSeeds([0, 3]);

  it('draws every node and tie of a fitted small network, and rings the seeds', () => {
    const svg = svgOf(state);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"')).toBe(
      true,
    );
    expect(count(svg, 'line')).toBe(graph.src.length);
    expect(count(svg, 'circle')).toBe(graph.n + 2);
    expect(svg).not.toContain('<!--');
  });

  it('adds the cascade tree up to the current step', () => {
    const cascade = randomCascade(graph.n, 1, 9);
    state.setCascade(cascade);
    state.setTime(2);
    const tree = Array.from(cascade.step).filter(
      (s, v) => s >= 1 && s <= 2 && cascade.parent[v] >= 0,
    ).length;
    expect(count(svgOf(state), 'line')).toBe(graph.src.length + tree);
  });

  it('shows rings and no ties in the ripple layout', () => {
    state.setMix(1);
    const svg = svgOf(state);
    const cascade = state.scene()!.cascade!;
    const tree = Array.from(cascade.step).filter(
      (s, v) => s >= 0 && s <= 2 && cascade.parent[v] >= 0,
    ).length;
    expect(count(svg, 'line')).toBe(tree);
    expect(count(svg, 'circle')).toBeGreaterThan(graph.n + 2);
    state.setMix(0);
  });

  it(`caps ties at ${SVG_MAX_EDGES} and says so`, () => {
    const big = createSceneState();
    const m = 30_000;
    const src = Int32Array.from({ length: m }, (_, e) => e % 5000);
    const dst = Int32Array.from({ length: m }, (_, e) => (e * 7 + 1) % 5000);
    big.setNetwork(viewData({ n: 5000, src, dst }));
    const svg = svgOf(big);
    expect(svg).toContain('<!-- Showing 20,000 of 30,000 ties');
    expect(count(svg, 'line')).toBeLessThanOrEqual(SVG_MAX_EDGES);
    expect(count(svg, 'line')).toBeGreaterThan(SVG_MAX_EDGES * 0.95);
  });
});
