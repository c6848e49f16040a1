import type { Pen, PenStyle } from './pen.ts';

const TAU = 2 * Math.PI;

/**
 * Paths are flushed every few thousand marks: one huge path can make the rasteriser's work
 * superlinear, while a fill or stroke per few thousand marks costs next to nothing.
 */
const FLUSH_EVERY = 4096;

export function canvasPen(ctx: CanvasRenderingContext2D): Pen {
  let style: PenStyle = {};
  let marks = 0;
  const paint = (): void => {
    if (style.fill) ctx.fill();
    if (style.stroke) ctx.stroke();
    ctx.beginPath();
    marks = 0;
  };
  const counted = (): void => {
    if (++marks === FLUSH_EVERY) paint();
  };
  return {
    begin(next) {
      style = next;
      ctx.globalAlpha = next.alpha ?? 1;
      if (next.fill) ctx.fillStyle = next.fill;
      if (next.stroke) {
        ctx.strokeStyle = next.stroke;
        ctx.lineWidth = next.hairline ? 1 / ctx.getTransform().a : (next.lineWidth ?? 1);
      }
      ctx.beginPath();
      marks = 0;
    },
    line(x1, y1, x2, y2) {
      ctx.moveTo(x1, y1);
      ctx.lineTo(x2, y2);
      counted();
    },
    circle(x, y, r) {
      ctx.moveTo(x + r, y);
      ctx.arc(x, y, r, 0, TAU);
      counted();
    },
    square(x, y, half) {
      ctx.rect(x - half, y - half, 2 * half, 2 * half);
      counted();
    },
    triangle(x1, y1, x2, y2, x3, y3) {
      ctx.moveTo(x1, y1);
      ctx.lineTo(x2, y2);
      ctx.lineTo(x3, y3);
      ctx.closePath();
      counted();
    },
    end() {
      if (marks > 0) paint();
      ctx.globalAlpha = 1;
    },
  };
}
