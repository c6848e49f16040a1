import { NODE_COLOURS } from './palette.ts';
import type { Pen } from './pen.ts';
import type { Scene, Screen } from './scene.ts';
import type { Viewport } from './viewport.ts';

/** Size per kind (NODE_KINDS order): opinion leaders and brands stand out by size. */
const KIND_SCALE = [1, 1.8, 1.4, 0.9];
const BOT = 3;
const SEED_SCALE = 1.5;
/** Seeds are ringed: this far beyond their edge, this wide. */
const SEED_RING_GAP = 2.5;
const SEED_RING_WIDTH = 2;
/** Below this radius a circle and a square look alike, and squares are far cheaper. */
const TINY = 2;

/**
 * Pixel radius of an ordinary node: from the area each node has on screen (crowded graphs get
 * small dots), growing gently with the user's zoom so zooming in separates nodes.
 */
export function baseRadius(n: number, view: Viewport): number {
  const share = 0.35 * Math.sqrt((view.width * view.height) / Math.max(1, n));
  return Math.min(7, Math.max(1.5, share)) * Math.sqrt(view.zoom);
}

/** Radius of node v on this screen: by kind, seeds larger. */
export function nodeRadius(scene: Scene, screen: Screen, v: number): number {
  return (
    baseRadius(scene.data.n, screen.view) *
    KIND_SCALE[scene.data.kind[v]] *
    (scene.isSeed[v] ? SEED_SCALE : 1)
  );
}

/** How far from its centre node v's mark reaches, its seed ring included: where a tie ends. */
export function outerRadius(scene: Scene, screen: Screen, v: number): number {
  const r = nodeRadius(scene, screen, v);
  return scene.isSeed[v] ? r + SEED_RING_GAP + SEED_RING_WIDTH / 2 : r;
}

export function onScreen(screen: Screen, v: number, r: number): boolean {
  const { sx, sy, view } = screen;
  return sx[v] > -r && sy[v] > -r && sx[v] < view.width + r && sy[v] < view.height + r;
}

/**
 * Draws `nodes` one colour group at a time (a canvas pays for every fillStyle switch), in
 * group order so reached nodes and seeds land on top; seeds and their rings come last.
 * Returns the nodes drawn.
 */
export function drawNodes(
  pen: Pen,
  scene: Scene,
  screen: Screen,
  nodes: ArrayLike<number> | null = null,
): number {
  const { colours, outsider, start, order, group } = scene.groups;
  // A subset (the nodes a playback step adds) is bucketed by group first.
  const bucketed = nodes ? bucket(nodes, group, colours.length) : { order, start };
  let drawn = 0;
  for (let g = 0; g < colours.length; g++) {
    if (bucketed.start[g] === bucketed.start[g + 1]) continue;
    pen.begin({ fill: colours[g], alpha: g === outsider ? 1 - 0.75 * scene.mix : 1 });
    for (let i = bucketed.start[g]; i < bucketed.start[g + 1]; i++)
      if (mark(pen, scene, screen, bucketed.order[i])) drawn++;
    pen.end();
  }
  if (nodes) for (const v of scene.seeds) mark(pen, scene, screen, v, colours[group[v]]);
  pen.begin({ stroke: NODE_COLOURS.seed, lineWidth: SEED_RING_WIDTH });
  for (const v of scene.seeds) {
    const r = nodeRadius(scene, screen, v) + SEED_RING_GAP;
    if (onScreen(screen, v, r)) pen.circle(screen.sx[v], screen.sy[v], r);
  }
  pen.end();
  return drawn;
}

/** One node; with `fill`, as its own batch (the few seeds redrawn on top). */
function mark(pen: Pen, scene: Scene, screen: Screen, v: number, fill?: string): boolean {
  const r = nodeRadius(scene, screen, v);
  if (!onScreen(screen, v, r)) return false;
  if (fill) pen.begin({ fill });
  // Bots are small squares: accounts that are there but do not behave like people.
  if (scene.data.kind[v] === BOT || r < TINY) pen.square(screen.sx[v], screen.sy[v], r * 0.85);
  else pen.circle(screen.sx[v], screen.sy[v], r);
  if (fill) pen.end();
  return true;
}

function bucket(
  nodes: ArrayLike<number>,
  group: Uint8Array,
  groups: number,
): { order: Int32Array; start: Int32Array } {
  const start = new Int32Array(groups + 1);
  for (let i = 0; i < nodes.length; i++) start[group[nodes[i]] + 1]++;
  for (let g = 0; g < groups; g++) start[g + 1] += start[g];
  const fill = start.slice(0, groups);
  const order = new Int32Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) order[fill[group[nodes[i]]]++] = nodes[i];
  return { order, start };
}
