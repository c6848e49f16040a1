import { RING_COLOUR, EDGE_COLOURS } from './palette.ts';
import type { Pen } from './pen.ts';
import { segmentVisible, type Scene, type Screen } from './scene.ts';

/**
 * The ripple rings and the network's ties. Ties fade out as the ripple layout fades in, where
 * they would only scribble across the rings. `stride` > 1 draws every stride-th tie: a sketch
 * while the layout is still moving, when a full draw of every tie would block the page.
 * Returns the ties drawn.
 */
export function drawTies(pen: Pen, scene: Scene, screen: Screen, stride = 1): number {
  const { view, sx, sy } = screen;
  if (scene.rings && scene.mix > 0) {
    const { cx, cy, radii } = scene.rings;
    pen.begin({ stroke: RING_COLOUR, hairline: true, alpha: scene.mix });
    for (const r of radii) pen.circle(cx * view.k + view.x, cy * view.k + view.y, r * view.k);
    pen.end();
  }
  const { src, dst } = scene.data;
  const sample = scene.sample;
  const total = sample ? sample.length : src.length;
  // Sparse graphs get visible ties; dense ones a light texture, so nodes stay readable.
  const alpha = Math.min(0.6, Math.max(0.15, 8 / Math.sqrt(Math.max(1, total)))) * (1 - scene.mix);
  if (alpha < 0.01) return 0;
  let drawn = 0;
  pen.begin({ stroke: EDGE_COLOURS.tie, hairline: true, alpha });
  for (let i = 0; i < total; i += stride) {
    const e = sample ? sample[i] : i;
    const u = src[e];
    const v = dst[e];
    if (u === v || !segmentVisible(sx[u], sy[u], sx[v], sy[v], view.width, view.height)) continue;
    pen.line(sx[u], sy[u], sx[v], sy[v]);
    drawn++;
  }
  pen.end();
  return drawn;
}

/** Who activated whom: parent → v for each of `nodes` that has a parent. Returns the lines drawn. */
export function drawTreeEdges(pen: Pen, scene: Scene, screen: Screen, nodes: ArrayLike<number>): number {
  const parent = scene.cascade?.parent;
  if (!parent || nodes.length === 0) return 0;
  const { view, sx, sy } = screen;
  const byTime = scene.colouring === 'time';
  let drawn = 0;
  pen.begin({ stroke: byTime ? EDGE_COLOURS.highlight : EDGE_COLOURS.cascade, hairline: true, alpha: byTime ? 0.5 : 0.8 });
  for (let i = 0; i < nodes.length; i++) {
    const v = nodes[i];
    const p = parent[v];
    if (p < 0 || !segmentVisible(sx[p], sy[p], sx[v], sy[v], view.width, view.height)) continue;
    pen.line(sx[p], sy[p], sx[v], sy[v]);
    drawn++;
  }
  pen.end();
  return drawn;
}
