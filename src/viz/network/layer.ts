/** An offscreen canvas holding part of a frame, at the main canvas's device size. */
export interface Layer {
  readonly canvas: HTMLCanvasElement;
  readonly ctx: CanvasRenderingContext2D;
}

export function createLayer(): Layer {
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw on a canvas.');
  return { canvas, ctx };
}

/** Empties the layer, sized in device pixels, ready to draw in CSS pixels. */
export function resetLayer(
  layer: Layer,
  deviceWidth: number,
  deviceHeight: number,
  dpr: number,
): void {
  const { canvas, ctx } = layer;
  if (canvas.width !== deviceWidth || canvas.height !== deviceHeight) {
    canvas.width = deviceWidth;
    canvas.height = deviceHeight;
  }
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, deviceWidth, deviceHeight);
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
}
