import { describe, expect, it } from 'vitest';
import { drawNodes, nodeRadius, outerRadius } from '../../../src/viz/network/draw-nodes.ts';
import { arrowLength, drawTies, MAX_ARROWHEADS } from '../../../src/viz/network/draw-ties.ts';
import { sceneToSvg } from '../../../src/viz/network/export-image.ts';
import type { Pen, PenStyle } from '../../../src/viz/network/pen.ts';
import type { Scene, Screen } from '../../../src/viz/network/scene.ts';
import { createSceneState } from '../../../src/viz/network/scene-state.ts';
import type { NetworkViewData } from '../../../src/viz/network/types.ts';
import { project, type Viewport, viewportFor } from '../../../src/viz/network/viewport.ts';
import { clusteredGraph } from './fixtures.ts';

/* Arrowheads of directed ties, through a pen that records what it is asked to draw. */

type Mark = { kind: 'line' | 'circle' | 'square' | 'triangle'; style: PenStyle; at: number[] };

function recordingPen(): Pen & { marks: Mark[] } {
  let style: PenStyle = {};
  const marks: Mark[] = [];
  return {
    marks,
    begin: (next) => void (style = next),
    line: (...at) => void marks.push({ kind: 'line', style, at }),
    circle: (...at) => void marks.push({ kind: 'circle', style, at }),
    square: (...at) => void marks.push({ kind: 'square', style, at }),
    triangle: (...at) => void marks.push({ kind: 'triangle', style, at }),
    end: () => {},
  };
}

const triangles = (pen: { marks: Mark[] }): number[][] =>
  pen.marks.filter((m) => m.kind === 'triangle').map((m) => m.at);

function data(n: number, src: number[], dst: number[], directed: boolean): NetworkViewData {
  return {
    n,
    directed,
    src: Int32Array.from(src),
    dst: Int32Array.from(dst),
    kind: new Uint8Array(n),
    labels: null,
    community: null,
  };
}

/** A scene of `network` with its nodes at the given screen positions. */
function sceneAt(
  network: NetworkViewData,
  xs: number[],
  ys: number[],
  seeds: number[] = [],
  zoom = 1,
): { scene: Scene; screen: Screen } {
  const state = createSceneState();
  state.setNetwork(network);
  state.setSeeds(seeds);
  const view: Viewport = { width: 800, height: 600, k: 1, x: 0, y: 0, zoom };
  const sx = new Float32Array(network.n);
  const sy = new Float32Array(network.n);
  sx.set(xs);
  sy.set(ys);
  return { scene: state.scene()!, screen: { view, sx, sy } };
}

const close = (a: number, b: number): void => expect(a).toBeCloseTo(b, 4);

describe('arrowheads of directed ties', () => {
  it('puts the tip on the target node’s rim, pointing along the tie, base centred on it', () => {
    // 0 → 1 diagonally, and 2 → 1 from the left.
    const { scene, screen } = sceneAt(
      data(3, [0, 2], [1, 1], true),
      [100, 400, 100],
      [100, 500, 500],
    );
    const pen = recordingPen();
    expect(drawTies(pen, scene, screen)).toBe(2);
    const heads = triangles(pen);
    expect(heads).toHaveLength(2);
    const length = arrowLength(scene, screen);
    expect(length).toBeGreaterThan(0);
    const r = nodeRadius(scene, screen, 1);
    for (const [[x1, y1], head] of [
      [[100, 100], heads[0]],
      [[100, 500], heads[1]],
    ] as const) {
      const [tx, ty, ax, ay, bx, by] = head;
      const [x2, y2] = [400, 500];
      const d = Math.hypot(x2 - x1, y2 - y1);
      const [ux, uy] = [(x2 - x1) / d, (y2 - y1) / d];
      // Tip: on the rim, on the tie.
      close(Math.hypot(tx - x2, ty - y2), r);
      close(tx, x2 - ux * r);
      close(ty, y2 - uy * r);
      // Base: centred on the tie, `length` back from the tip towards the source, across the tie.
      const [mx, my] = [(ax + bx) / 2, (ay + by) / 2];
      close(mx, tx - ux * length);
      close(my, ty - uy * length);
      close((bx - ax) * ux + (by - ay) * uy, 0);
      expect(Math.hypot(bx - ax, by - ay)).toBeGreaterThan(0.5 * length);
    }
    // Straight from the left: the tip is r short of the target, at its height.
    close(heads[1][0], 400 - r);
    close(heads[1][1], 500);
  });

  it('is filled in the tie colour, at the ties’ opacity', () => {
    const { scene, screen } = sceneAt(data(2, [0], [1], true), [100, 300], [200, 200]);
    const pen = recordingPen();
    drawTies(pen, scene, screen);
    const line = pen.marks.find((m) => m.kind === 'line')!;
    const head = pen.marks.find((m) => m.kind === 'triangle')!;
    expect(head.style.fill).toBe(line.style.stroke);
    expect(head.style.alpha).toBe(line.style.alpha);
  });

  it('stops at a seed’s ring, not under it', () => {
    const { scene, screen } = sceneAt(data(2, [0], [1], true), [100, 300], [200, 200], [1]);
    const pen = recordingPen();
    drawTies(pen, scene, screen);
    const [[tx]] = triangles(pen);
    expect(outerRadius(scene, screen, 1)).toBeGreaterThan(nodeRadius(scene, screen, 1));
    close(300 - tx, outerRadius(scene, screen, 1));
    // And the ring drawn by drawNodes lies within that radius.
    const nodes = recordingPen();
    drawNodes(nodes, scene, screen);
    const ring = nodes.marks.find((m) => m.kind === 'circle' && m.style.stroke !== undefined)!;
    expect(ring.at[2] + (ring.style.lineWidth ?? 1) / 2).toBeLessThanOrEqual(
      outerRadius(scene, screen, 1) + 1e-9,
    );
  });

  it('points both ways on a reciprocated tie', () => {
    const { scene, screen } = sceneAt(data(2, [0, 1], [1, 0], true), [100, 300], [200, 200]);
    const pen = recordingPen();
    drawTies(pen, scene, screen);
    const tips = triangles(pen).map(([x]) => x);
    const r = nodeRadius(scene, screen, 0);
    expect(tips[0]).toBeCloseTo(300 - r, 4);
    expect(tips[1]).toBeCloseTo(100 + r, 4);
  });

  it('draws none for an undirected network', () => {
    const { scene, screen } = sceneAt(data(2, [0], [1], false), [100, 300], [200, 200]);
    const pen = recordingPen();
    expect(drawTies(pen, scene, screen)).toBe(1);
    expect(arrowLength(scene, screen)).toBe(0);
    expect(triangles(pen)).toHaveLength(0);
  });

  it('draws none on a tie too short to hold one between its nodes', () => {
    const { scene, screen } = sceneAt(data(2, [0], [1], true), [100, 104], [200, 200]);
    const pen = recordingPen();
    expect(drawTies(pen, scene, screen)).toBe(1);
    expect(triangles(pen)).toHaveLength(0);
  });

  it(`draws none when more than ${MAX_ARROWHEADS} ties are drawn, and all of them up to that`, () => {
    // A star of long ties into node 0 at the centre.
    const ring = (m: number) => {
      const n = m + 1;
      const xs = [
        400,
        ...Array.from({ length: m }, (_, i) => 400 + 280 * Math.cos((2 * Math.PI * i) / m)),
      ];
      const ys = [
        300,
        ...Array.from({ length: m }, (_, i) => 300 + 280 * Math.sin((2 * Math.PI * i) / m)),
      ];
      const src = Array.from({ length: m }, (_, i) => i + 1);
      return sceneAt(data(n, src, new Array<number>(m).fill(0), true), xs, ys);
    };
    const few = ring(MAX_ARROWHEADS);
    const fewPen = recordingPen();
    expect(drawTies(fewPen, few.scene, few.screen)).toBe(MAX_ARROWHEADS);
    expect(arrowLength(few.scene, few.screen)).toBeGreaterThan(0);
    expect(triangles(fewPen)).toHaveLength(MAX_ARROWHEADS);
    const many = ring(MAX_ARROWHEADS + 1);
    const manyPen = recordingPen();
    expect(drawTies(manyPen, many.scene, many.screen)).toBe(MAX_ARROWHEADS + 1);
    expect(triangles(manyPen)).toHaveLength(0);
  });

  it('counts only the ties on screen towards that limit', () => {
    // 5,000 ties, all but one wholly off to the left of the view.
    const m = 5000;
    const xs = [100, 300, -50, -60];
    const src = [0, ...new Array<number>(m - 1).fill(2)];
    const dst = [1, ...new Array<number>(m - 1).fill(3)];
    const { scene, screen } = sceneAt(data(4, src, dst, true), xs, [200, 200, 10, 20]);
    const pen = recordingPen();
    expect(drawTies(pen, scene, screen)).toBe(1);
    expect(triangles(pen)).toHaveLength(1);
  });

  it('draws none while the layout is only sketched', () => {
    const { scene, screen } = sceneAt(
      data(3, [0, 1, 2], [1, 2, 0], true),
      [100, 300, 200],
      [200, 200, 400],
    );
    const pen = recordingPen();
    expect(drawTies(pen, scene, screen, 2)).toBe(2);
    expect(triangles(pen)).toHaveLength(0);
  });

  it('draws none when zoomed out so far that they would be a blur', () => {
    const n = 200_000;
    const xs = [100, 300];
    const ys = [200, 200];
    const fitted = sceneAt(data(n, [0], [1], true), xs, ys, [], 1);
    const out = sceneAt(data(n, [0], [1], true), xs, ys, [], 0.5);
    expect(arrowLength(fitted.scene, fitted.screen)).toBeGreaterThanOrEqual(3);
    expect(arrowLength(out.scene, out.screen)).toBe(0);
    const pen = recordingPen();
    expect(drawTies(pen, out.scene, out.screen)).toBe(1);
    expect(triangles(pen)).toHaveLength(0);
  });

  it('draws none in the ripple layout, where ties fade out', () => {
    const network = data(4, [0, 1, 2], [1, 2, 3], true);
    const state = createSceneState();
    state.setNetwork(network);
    state.setMix(1);
    const { screen } = sceneAt(network, [100, 300, 500, 700], [200, 200, 200, 200]);
    const pen = recordingPen();
    expect(drawTies(pen, state.scene()!, screen)).toBe(0);
    expect(triangles(pen)).toHaveLength(0);
  });
});

describe('arrowheads in the SVG export', () => {
  const graph = clusteredGraph(6, 8, 3);
  const svgFor = (directed: boolean): string => {
    const state = createSceneState();
    state.setNetwork({
      ...graph,
      directed,
      kind: new Uint8Array(graph.n),
      labels: null,
      community: null,
    });
    const xy = state.positions();
    const view = viewportFor(state.bounds, 800, 600, { k: 1, x: 0, y: 0 });
    const sx = new Float32Array(graph.n);
    const sy = new Float32Array(graph.n);
    project(xy, view, sx, sy);
    return sceneToSvg(state.scene()!, { view, sx, sy });
  };
  const count = (svg: string, tag: string): number => svg.split(`<${tag} `).length - 1;

  it('shows them as polygons for a directed network, at most one per tie', () => {
    const svg = svgFor(true);
    expect(count(svg, 'line')).toBe(graph.src.length);
    expect(count(svg, 'polygon')).toBeGreaterThan(graph.src.length / 2);
    expect(count(svg, 'polygon')).toBeLessThanOrEqual(graph.src.length);
    expect(svg).toMatch(/<polygon points="[-\d.]+,[-\d.]+ [-\d.]+,[-\d.]+ [-\d.]+,[-\d.]+"\/>/);
  });

  it('has none for an undirected network', () => {
    const svg = svgFor(false);
    expect(count(svg, 'line')).toBe(graph.src.length);
    expect(svg).not.toContain('<polygon');
  });
});
