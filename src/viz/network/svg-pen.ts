import type { Pen } from './pen.ts';

/** One decimal is a tenth of a pixel: finer only bloats the file. */
const num = (x: number): string => String(Math.round(x * 10) / 10);

/** A pen that writes SVG elements; `parts` are joined by the caller into the document. */
export function svgPen(parts: string[]): Pen {
  return {
    begin(style) {
      const attrs = [`fill="${style.fill ?? 'none'}"`];
      // A hairline is one device pixel on a 2x screen: half a CSS pixel.
      if (style.stroke)
        attrs.push(
          `stroke="${style.stroke}"`,
          `stroke-width="${style.hairline ? 0.5 : num(style.lineWidth ?? 1)}"`,
        );
      if (style.alpha !== undefined && style.alpha < 1)
        attrs.push(`opacity="${Math.round(style.alpha * 100) / 100}"`);
      parts.push(`<g ${attrs.join(' ')}>`);
    },
    line(x1, y1, x2, y2) {
      parts.push(`<line x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}"/>`);
    },
    circle(x, y, r) {
      parts.push(`<circle cx="${num(x)}" cy="${num(y)}" r="${num(r)}"/>`);
    },
    square(x, y, half) {
      parts.push(
        `<rect x="${num(x - half)}" y="${num(y - half)}" width="${num(2 * half)}" height="${num(2 * half)}"/>`,
      );
    },
    triangle(x1, y1, x2, y2, x3, y3) {
      parts.push(
        `<polygon points="${num(x1)},${num(y1)} ${num(x2)},${num(y2)} ${num(x3)},${num(y3)}"/>`,
      );
    },
    end() {
      // An empty batch (no seeds, say) leaves nothing behind.
      if (parts[parts.length - 1]?.startsWith('<g ')) parts.pop();
      else parts.push('</g>');
    },
  };
}
