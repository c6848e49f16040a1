import { activatedBetween } from './activation-order.ts';
import { canvasPen } from './canvas-pen.ts';
import { drawNodes } from './draw-nodes.ts';
import { drawOverlay } from './draw-overlay.ts';
import { drawTies, drawTreeEdges } from './draw-ties.ts';
import { createLayer, resetLayer } from './layer.ts';
import type { DrawCounts, Scene, Screen } from './scene.ts';
import type { Viewport } from './viewport.ts';

interface Cached {
  readonly content: string;
  readonly view: Viewport;
  time: number;
  counts: DrawCounts;
}

/** Ties drawn while the layout still moves: enough to see the structure, cheap to redraw. */
const SKETCH_TIES = 4000;

/**
 * Frames from two cached layers (edges, nodes) plus a small overlay drawn fresh each time.
 * Drawing 10,000 nodes and 30,000 ties is the costly part, so the layers are redrawn only
 * when the content or the view changes; a playback step forward only adds its new nodes and
 * tree edges to them, and during a zoom gesture they are just scaled and shifted (a crisp
 * redraw follows when the gesture ends).
 */
export function createFrameRenderer() {
  const edges = createLayer();
  const nodes = createLayer();
  let cached: Cached | null = null;

  return {
    /**
     * `content` names what the layers show apart from the step and the view (see
     * SceneState.content); `moving` is true while a zoom or pan gesture is under way; `sketch`
     * while the layout is still running (positions change every ~100 ms).
     */
    draw(
      ctx: CanvasRenderingContext2D,
      scene: Scene,
      screen: Screen,
      dpr: number,
      content: string,
      moving: boolean,
      sketch = false,
    ): DrawCounts {
      const { view } = screen;
      let layers = cached?.content === content ? cached : null;
      if (layers && sameViewport(layers.view, view) && scene.time >= layers.time)
        addStep(layers, scene, screen);
      else if (!layers || !moving)
        layers = fullDraw(scene, screen, dpr, content, ctx.canvas, sketch);
      cached = layers;

      const from = layers.view;
      const s = view.k / from.k;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
      ctx.setTransform(s, 0, 0, s, (view.x - from.x * s) * dpr, (view.y - from.y * s) * dpr);
      ctx.drawImage(edges.canvas, 0, 0);
      ctx.drawImage(nodes.canvas, 0, 0);
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      const highlighted = drawOverlay(canvasPen(ctx), scene, screen);
      return { nodes: layers.counts.nodes, edges: layers.counts.edges + highlighted };
    },
  };

  function fullDraw(
    scene: Scene,
    screen: Screen,
    dpr: number,
    content: string,
    target: HTMLCanvasElement,
    sketch: boolean,
  ): Cached {
    resetLayer(edges, target.width, target.height, dpr);
    resetLayer(nodes, target.width, target.height, dpr);
    const edgePen = canvasPen(edges.ctx);
    const ties = scene.sample ? scene.sample.length : scene.data.src.length;
    let edgeCount = drawTies(
      edgePen,
      scene,
      screen,
      sketch ? Math.max(1, Math.ceil(ties / SKETCH_TIES)) : 1,
    );
    if (scene.activation)
      edgeCount += drawTreeEdges(
        edgePen,
        scene,
        screen,
        activatedBetween(scene.activation, -Infinity, scene.time),
      );
    const nodeCount = drawNodes(canvasPen(nodes.ctx), scene, screen);
    return {
      content,
      view: screen.view,
      time: scene.time,
      counts: { nodes: nodeCount, edges: edgeCount },
    };
  }

  function addStep(layers: Cached, scene: Scene, screen: Screen): void {
    if (!scene.activation || scene.time === layers.time) return;
    const added = activatedBetween(scene.activation, layers.time, scene.time);
    layers.counts.edges += drawTreeEdges(canvasPen(edges.ctx), scene, screen, added);
    drawNodes(canvasPen(nodes.ctx), scene, screen, added);
    layers.time = scene.time;
  }
}

function sameViewport(a: Viewport, b: Viewport): boolean {
  return a.k === b.k && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}
