/**
 * What the renderer draws with: batches of same-styled marks. The canvas pen turns a batch
 * into one path and one fill or stroke (style switches are what cost on a canvas); the SVG
 * pen turns it into one <g> of elements, so exports show exactly what the screen shows.
 */
export interface PenStyle {
  readonly fill?: string;
  readonly stroke?: string;
  readonly lineWidth?: number;
  /**
   * One device pixel wide, whatever the zoom or pixel ratio. Bulk lines use it: rasterisers
   * have a fast path for such hairlines, and wider strokes cost 10 to 30 times more.
   */
  readonly hairline?: boolean;
  readonly alpha?: number;
}

export interface Pen {
  begin(style: PenStyle): void;
  line(x1: number, y1: number, x2: number, y2: number): void;
  circle(x: number, y: number, r: number): void;
  square(x: number, y: number, half: number): void;
  /** A closed triangle (arrowheads of directed ties). */
  triangle(x1: number, y1: number, x2: number, y2: number, x3: number, y3: number): void;
  end(): void;
}
