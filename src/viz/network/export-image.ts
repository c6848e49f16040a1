import { activatedBetween } from './activation-order.ts';
import { canvasPen } from './canvas-pen.ts';
import { drawNodes } from './draw-nodes.ts';
import { drawOverlay } from './draw-overlay.ts';
import { drawTies, drawTreeEdges } from './draw-ties.ts';
import { BACKGROUND } from './palette.ts';
import type { Pen } from './pen.ts';
import type { Scene, Screen } from './scene.ts';
import { svgPen } from './svg-pen.ts';
import { thinEdges } from './thin-edges.ts';

/** More lines than this make an SVG that editors and browsers crawl through. */
export const SVG_MAX_EDGES = 20_000;

function drawAll(pen: Pen, scene: Scene, screen: Screen): void {
  drawTies(pen, scene, screen);
  if (scene.activation)
    drawTreeEdges(pen, scene, screen, activatedBetween(scene.activation, -Infinity, scene.time));
  drawNodes(pen, scene, screen);
  drawOverlay(pen, scene, screen);
}

/** The view as a standalone SVG, the same marks as on screen, ties capped for editors. */
export function sceneToSvg(scene: Scene, screen: Screen): string {
  const { width, height } = screen.view;
  const m = scene.data.src.length;
  const capped = m > SVG_MAX_EDGES ? thinEdges(m, SVG_MAX_EDGES) : null;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    '<title>Ripple network view</title>',
  ];
  if (capped?.notice)
    parts.push(`<!-- ${capped.notice}: a uniform sample, to keep the file usable -->`);
  parts.push(`<rect width="${width}" height="${height}" fill="${BACKGROUND}"/>`);
  drawAll(svgPen(parts), capped ? { ...scene, sample: capped.edges } : scene, screen);
  parts.push('</svg>');
  return parts.join('\n');
}

/** The view as a PNG at `scale` times its CSS size, on white, for reports. */
export function sceneToPng(scene: Scene, screen: Screen, scale: number): Promise<Blob> {
  const { width, height } = screen.view;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) return Promise.reject(new Error('This browser cannot draw on a canvas.'));
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.fillStyle = BACKGROUND;
  ctx.fillRect(0, 0, width, height);
  drawAll(canvasPen(ctx), scene, screen);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded.'))),
      'image/png',
    ),
  );
}
