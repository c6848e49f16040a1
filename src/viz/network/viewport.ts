/** Screen pixels from world units: screen = world · k + (x, y). */
export interface Viewport {
  readonly width: number;
  readonly height: number;
  readonly k: number;
  readonly x: number;
  readonly y: number;
  /** The user's zoom factor alone (1 = fitted), which sizes the nodes. */
  readonly zoom: number;
}

export interface Bounds {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

export function boundsOf(xy: Float32Array): Bounds {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < xy.length; i += 2) {
    if (xy[i] < minX) minX = xy[i];
    if (xy[i] > maxX) maxX = xy[i];
    if (xy[i + 1] < minY) minY = xy[i + 1];
    if (xy[i + 1] > maxY) maxY = xy[i + 1];
  }
  return minX <= maxX ? { minX, minY, maxX, maxY } : { minX: -1, minY: -1, maxX: 1, maxY: 1 };
}

/** Margin around the fitted network, in pixels, so edge nodes and rings are not cut. */
const MARGIN = 16;

/**
 * The fitted view (the whole network centred in the canvas) followed by the user's d3-zoom
 * transform, so zoom and pan stay meaningful while the layout is still growing.
 */
export function viewportFor(
  bounds: Bounds,
  width: number,
  height: number,
  zoom: { k: number; x: number; y: number },
): Viewport {
  const spanX = Math.max(bounds.maxX - bounds.minX, 1e-6);
  const spanY = Math.max(bounds.maxY - bounds.minY, 1e-6);
  const fit = Math.max(1e-6, Math.min((width - 2 * MARGIN) / spanX, (height - 2 * MARGIN) / spanY));
  const fitX = width / 2 - (fit * (bounds.minX + bounds.maxX)) / 2;
  const fitY = height / 2 - (fit * (bounds.minY + bounds.maxY)) / 2;
  return {
    width,
    height,
    k: zoom.k * fit,
    x: zoom.k * fitX + zoom.x,
    y: zoom.k * fitY + zoom.y,
    zoom: zoom.k,
  };
}

/** Screen positions of every node, into reusable arrays. */
export function project(
  xy: Float32Array,
  view: Viewport,
  sx: Float32Array,
  sy: Float32Array,
): void {
  const { k, x, y } = view;
  for (let i = 0, n = sx.length; i < n; i++) {
    sx[i] = xy[2 * i] * k + x;
    sy[i] = xy[2 * i + 1] * k + y;
  }
}
