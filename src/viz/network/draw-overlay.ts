import { nodeRadius, onScreen } from './draw-nodes.ts';
import { EDGE_COLOURS, NODE_COLOURS } from './palette.ts';
import type { Pen } from './pen.ts';
import type { Scene, Screen } from './scene.ts';

/**
 * What is redrawn every frame over the cached layers, all of it small: the pulse of nodes
 * activated at the current step, and the hovered node with its ties and neighbours (all of
 * its ties, even where the network is thinned). Returns the ties drawn.
 */
export function drawOverlay(pen: Pen, scene: Scene, screen: Screen): number {
  const { sx, sy } = screen;
  const rings = (nodes: ArrayLike<number>, gap: number): void => {
    for (let i = 0; i < nodes.length; i++) {
      const v = nodes[i];
      const r = nodeRadius(scene, screen, v) + gap;
      if (onScreen(screen, v, r)) pen.circle(sx[v], sy[v], r);
    }
  };
  const pulsing = scene.groups.pulsing;
  if (pulsing.length > 0) {
    // Expands and fades, then stays as a faint halo so a paused frame still shows what is new.
    pen.begin({ stroke: NODE_COLOURS.active, hairline: true, alpha: 1 - 0.7 * scene.pulse });
    rings(pulsing, 2 + 6 * scene.pulse);
    pen.end();
  }
  const h = scene.highlighted;
  if (h === null) return 0;
  const { offsets, neighbours: all } = scene.neighbours;
  const neighbours = all.subarray(offsets[h], offsets[h + 1]);
  pen.begin({ stroke: EDGE_COLOURS.highlight, lineWidth: 1.2, alpha: 0.8 });
  for (const v of neighbours) pen.line(sx[h], sy[h], sx[v], sy[v]);
  pen.end();
  pen.begin({ stroke: EDGE_COLOURS.highlight, lineWidth: 1.5 });
  rings(neighbours, 1);
  pen.end();
  pen.begin({ stroke: EDGE_COLOURS.highlight, lineWidth: 2.5 });
  rings([h], 2);
  pen.end();
  return neighbours.length;
}
