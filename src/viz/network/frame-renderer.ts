import { canvasPen } from './canvas-pen.ts';
import { drawCascade } from './draw-cascade.ts';
import { drawNodes } from './draw-nodes.ts';
import { drawTies } from './draw-ties.ts';
import type { DrawCounts, Scene, Screen } from './scene.ts';

/**
 * Draws frames on the view's canvas. The ties (the bulk of the work: up to 60,000 lines) only
 * change with positions or zoom, so they are drawn once into an offscreen layer and copied
 * while playback, hover and pulses redraw just the cascade and the nodes on top.
 */
export function createFrameRenderer() {
  const layer = document.createElement('canvas');
  const layerCtx = layer.getContext('2d');
  let layerKey = '';
  let tiesDrawn = 0;

  return {
    /** `tiesKey` names what the tie layer depends on; a new key redraws it. */
    draw(ctx: CanvasRenderingContext2D, scene: Scene, screen: Screen, dpr: number, tiesKey: string): DrawCounts {
      const { width, height } = screen.view;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
      if (layerCtx) {
        if (tiesKey !== layerKey) {
          layer.width = ctx.canvas.width;
          layer.height = ctx.canvas.height;
          layerCtx.setTransform(dpr, 0, 0, dpr, 0, 0);
          layerCtx.clearRect(0, 0, width, height);
          tiesDrawn = drawTies(canvasPen(layerCtx), scene, screen);
          layerKey = tiesKey;
        }
        ctx.drawImage(layer, 0, 0);
      }
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      const pen = canvasPen(ctx);
      if (!layerCtx) tiesDrawn = drawTies(pen, scene, screen);
      const edges = tiesDrawn + drawCascade(pen, scene, screen);
      return { nodes: drawNodes(pen, scene, screen), edges };
    },
  };
}
