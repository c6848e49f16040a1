import { EDGE_COLOURS, NODE_COLOURS } from './palette.ts';
import type { Pen } from './pen.ts';
import type { Scene, Screen } from './scene.ts';
import type { Viewport } from './viewport.ts';

/** Size per kind (NODE_KINDS order): opinion leaders and brands stand out by size. */
const KIND_SCALE = [1, 1.8, 1.4, 0.9];
const BOT = 3;
const SEED_SCALE = 1.5;
/** Below this radius a circle and a square look alike, and squares are far cheaper. */
const TINY = 1.2;

/**
 * Pixel radius of an ordinary node: from the area each node has on screen (crowded graphs get
 * small dots), growing gently with the user's zoom so zooming in separates nodes.
 */
export function baseRadius(n: number, view: Viewport): number {
  const share = 0.35 * Math.sqrt((view.width * view.height) / Math.max(1, n));
  return Math.min(7, Math.max(1.5, share)) * Math.sqrt(view.zoom);
}

/** Nodes in colour batches, then seed rings, the pulse of new activations, and the hover. */
export function drawNodes(pen: Pen, scene: Scene, screen: Screen): number {
  const { view, sx, sy } = screen;
  const { kind, n } = scene.data;
  const { order, start, colours, outsider } = scene.groups;
  const base = baseRadius(n, view);
  const radius = (v: number): number => base * KIND_SCALE[kind[v]] * (scene.isSeed[v] ? SEED_SCALE : 1);
  const visible = (v: number, r: number): boolean =>
    sx[v] > -r && sy[v] > -r && sx[v] < view.width + r && sy[v] < view.height + r;

  let drawn = 0;
  for (let g = 0; g < colours.length; g++) {
    if (start[g] === start[g + 1]) continue;
    pen.begin({ fill: colours[g], alpha: g === outsider ? 1 - 0.75 * scene.mix : 1 });
    for (let i = start[g]; i < start[g + 1]; i++) {
      const v = order[i];
      const r = radius(v);
      if (!visible(v, r)) continue;
      // Bots are small squares: accounts that are there but do not behave like people.
      if (kind[v] === BOT || r < TINY) pen.square(sx[v], sy[v], r * 0.85);
      else pen.circle(sx[v], sy[v], r);
      drawn++;
    }
    pen.end();
  }

  const rings = (nodes: ArrayLike<number>, gap: number): void => {
    for (let i = 0; i < nodes.length; i++) {
      const v = nodes[i];
      const r = radius(v) + gap;
      if (visible(v, r)) pen.circle(sx[v], sy[v], r);
    }
  };
  pen.begin({ stroke: NODE_COLOURS.seed, lineWidth: 2 });
  rings(scene.seeds, 2.5);
  pen.end();

  const pulsing = scene.groups.pulsing;
  if (pulsing.length > 0) {
    // Expands and fades, then stays as a faint halo so a paused frame still shows what is new.
    pen.begin({ stroke: NODE_COLOURS.active, lineWidth: 1.5, alpha: 1 - 0.7 * scene.pulse });
    rings(pulsing, 2 + 6 * scene.pulse);
    pen.end();
  }

  const h = scene.highlighted;
  if (h !== null) {
    const { offsets, nodes } = scene.neighbours;
    pen.begin({ stroke: EDGE_COLOURS.highlight, lineWidth: 1.5 });
    rings(nodes.subarray(offsets[h], offsets[h + 1]), 1);
    pen.end();
    pen.begin({ stroke: EDGE_COLOURS.highlight, lineWidth: 2.5 });
    rings([h], 2);
    pen.end();
  }
  return drawn;
}
