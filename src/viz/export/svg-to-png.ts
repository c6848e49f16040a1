import { svgToString, viewBoxSize } from './svg-to-string.ts';

/** The serialised chart as an <img>, through a blob: URL (allowed by the app's CSP, img-src blob:). */
async function loadImage(svgText: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A PNG of the chart at `scale` times its on-screen size (2 by default: sharp in reports and on projectors). */
export async function svgToPngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const [width, height] = viewBoxSize(svg.getAttribute('viewBox')) ?? [
    svg.clientWidth,
    svg.clientHeight,
  ];
  const image = await loadImage(svgToString(svg));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw the chart into an image (no 2D canvas).');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) =>
        blob ? resolve(blob) : reject(new Error('The chart could not be encoded as PNG.')),
      'image/png',
    );
  });
}
