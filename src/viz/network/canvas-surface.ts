/**
 * The view's <canvas>: sized to its container in CSS pixels and backed by devicePixelRatio
 * times as many device pixels, so lines stay crisp on high-DPI screens.
 */
export interface Surface {
  readonly canvas: HTMLCanvasElement;
  readonly ctx: CanvasRenderingContext2D;
  /** Size in CSS pixels. */
  readonly width: number;
  readonly height: number;
  readonly dpr: number;
  /** Matches the container's current size; true when anything changed. */
  resize(): boolean;
}

export function createSurface(container: HTMLElement): Surface {
  const canvas = document.createElement('canvas');
  canvas.dataset.testid = 'network-canvas';
  canvas.setAttribute('role', 'img');
  // d3-zoom handles pinch and drag itself; the browser must not scroll or zoom the page.
  Object.assign(canvas.style, {
    display: 'block',
    width: '100%',
    height: '100%',
    touchAction: 'none',
  });
  container.append(canvas);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw on a canvas.');

  let width = 0;
  let height = 0;
  let dpr = 1;
  const surface: Surface = {
    canvas,
    ctx,
    get width() {
      return width;
    },
    get height() {
      return height;
    },
    get dpr() {
      return dpr;
    },
    resize() {
      const w = Math.max(1, container.clientWidth || 300);
      const h = Math.max(1, container.clientHeight || 150);
      const d = window.devicePixelRatio || 1;
      if (w === width && h === height && d === dpr) return false;
      [width, height, dpr] = [w, h, d];
      canvas.width = Math.round(w * d);
      canvas.height = Math.round(h * d);
      return true;
    },
  };
  surface.resize();
  return surface;
}
