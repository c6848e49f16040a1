import { baseRadius, onScreen, outerRadius } from './draw-nodes.ts';
import { EDGE_COLOURS, RING_COLOUR } from './palette.ts';
import type { Pen } from './pen.ts';
import { type Scene, type Screen, segmentVisible } from './scene.ts';

/** Arrowheads only when at most this many ties are drawn: beyond, they are a smear, and cost. */
export const MAX_ARROWHEADS = 3000;
/** Arrowhead length in pixels: shorter ones (crowded graphs, zoomed out) would be a blur. */
const MIN_ARROW_PX = 3;
const MAX_ARROW_PX = 8;
/** Half the width of an arrowhead's base, per unit of its length. */
const ARROW_HALF_WIDTH = 0.4;

/**
 * Length in pixels of the arrowheads of a directed network's ties on this screen, 0 for none.
 * It follows the node size, so arrowheads shrink with crowding and grow when zooming in.
 */
export function arrowLength(scene: Scene, screen: Screen): number {
  if (!scene.data.directed) return 0;
  const length = Math.min(MAX_ARROW_PX, 2 * baseRadius(scene.data.n, screen.view));
  return length >= MIN_ARROW_PX ? length : 0;
}

/**
 * The arrowhead of the tie (x1, y1) → (x2, y2): its tip on the target's rim (`rTarget` from
 * the target's centre), pointing along the tie, `length` long. Nothing, and false, when the
 * tie is too short on screen to hold it between the two nodes' rims.
 */
export function arrowhead(
  pen: Pen,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  rSource: number,
  rTarget: number,
  length: number,
): boolean {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const d = Math.hypot(dx, dy);
  if (!(d >= rSource + rTarget + length)) return false;
  const ux = dx / d;
  const uy = dy / d;
  const tipX = x2 - ux * rTarget;
  const tipY = y2 - uy * rTarget;
  const baseX = tipX - ux * length;
  const baseY = tipY - uy * length;
  const w = ARROW_HALF_WIDTH * length;
  pen.triangle(tipX, tipY, baseX - uy * w, baseY + ux * w, baseX + uy * w, baseY - ux * w);
  return true;
}

/**
 * The ripple rings and the network's ties. Ties fade out as the ripple layout fades in, where
 * they would only scribble across the rings. `stride` > 1 draws every stride-th tie: a sketch
 * while the layout is still moving, when a full draw of every tie would block the page.
 * Ties of a directed network (u → v: content flows from u to v) get an arrowhead at v, unless
 * the picture is a sketch, more than MAX_ARROWHEADS ties are drawn, or arrowheads would be
 * too small to see (see arrowLength). This runs only when the cached ties layer is redrawn,
 * never per playback frame. Returns the ties drawn.
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
  const length = stride === 1 ? arrowLength(scene, screen) : 0;
  // The drawn ties that may get an arrowhead; dropped once there are too many of them.
  let heads = length > 0 ? new Int32Array(Math.min(MAX_ARROWHEADS, total)) : null;
  let drawn = 0;
  pen.begin({ stroke: EDGE_COLOURS.tie, hairline: true, alpha });
  for (let i = 0; i < total; i += stride) {
    const e = sample ? sample[i] : i;
    const u = src[e];
    const v = dst[e];
    if (u === v || !segmentVisible(sx[u], sy[u], sx[v], sy[v], view.width, view.height)) continue;
    pen.line(sx[u], sy[u], sx[v], sy[v]);
    if (heads) {
      if (drawn < MAX_ARROWHEADS) heads[drawn] = e;
      else heads = null;
    }
    drawn++;
  }
  pen.end();
  if (heads) {
    pen.begin({ fill: EDGE_COLOURS.tie, alpha });
    for (let i = 0; i < drawn; i++) {
      const u = src[heads[i]];
      const v = dst[heads[i]];
      const rTarget = outerRadius(scene, screen, v);
      if (onScreen(screen, v, rTarget + length))
        arrowhead(pen, sx[u], sy[u], sx[v], sy[v], outerRadius(scene, screen, u), rTarget, length);
    }
    pen.end();
  }
  return drawn;
}

/** Who activated whom: parent → v for each of `nodes` that has a parent. Returns the lines drawn. */
export function drawTreeEdges(
  pen: Pen,
  scene: Scene,
  screen: Screen,
  nodes: ArrayLike<number>,
): number {
  const parent = scene.cascade?.parent;
  if (!parent || nodes.length === 0) return 0;
  const { view, sx, sy } = screen;
  const byTime = scene.colouring === 'time';
  let drawn = 0;
  pen.begin({
    stroke: byTime ? EDGE_COLOURS.highlight : EDGE_COLOURS.cascade,
    hairline: true,
    alpha: byTime ? 0.5 : 0.8,
  });
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
