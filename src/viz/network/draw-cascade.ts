import { EDGE_COLOURS } from './palette.ts';
import type { Pen } from './pen.ts';
import { segmentVisible, type Scene, type Screen } from './scene.ts';

/**
 * Edges that change with playback: who activated whom (parent → child for every node active
 * by now) and the ties of the hovered node, drawn whole even where the network is thinned.
 * Returns the edges drawn.
 */
export function drawCascade(pen: Pen, scene: Scene, screen: Screen): number {
  const { view, sx, sy } = screen;
  const { width, height } = view;
  let drawn = 0;
  const cascade = scene.cascade;
  if (cascade) {
    const byTime = scene.colouring === 'time';
    pen.begin({ stroke: byTime ? EDGE_COLOURS.highlight : EDGE_COLOURS.cascade, lineWidth: 1, alpha: byTime ? 0.35 : 0.55 });
    const { step, parent } = cascade;
    for (let v = 0; v < step.length; v++) {
      const p = parent[v];
      if (p < 0 || step[v] < 0 || step[v] > scene.time) continue;
      if (!segmentVisible(sx[p], sy[p], sx[v], sy[v], width, height)) continue;
      pen.line(sx[p], sy[p], sx[v], sy[v]);
      drawn++;
    }
    pen.end();
  }
  const h = scene.highlighted;
  if (h !== null) {
    const { offsets, nodes } = scene.neighbours;
    pen.begin({ stroke: EDGE_COLOURS.highlight, lineWidth: 1.2, alpha: 0.8 });
    for (let j = offsets[h]; j < offsets[h + 1]; j++) {
      pen.line(sx[h], sy[h], sx[nodes[j]], sy[nodes[j]]);
      drawn++;
    }
    pen.end();
  }
  return drawn;
}
