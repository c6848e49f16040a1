export const SVG_NS = 'http://www.w3.org/2000/svg';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** The properties that decide how a chart looks; copied from the page's CSS into the file. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'paint-order',
  'visibility',
] as const;

/** Non-inherited properties, with their initial values; the others are inherited from the parent. */
const INITIAL: Readonly<Record<string, string>> = { opacity: '1' };

/**
 * Each element's computed style, written into its style attribute, so page CSS travels with the
 * file; only what differs from what the element would get anyway (its parent's value, or the
 * initial value of a non-inherited property) is written, which keeps the file small.
 */
function inlineComputedStyles(source: SVGSVGElement, copy: SVGSVGElement): void {
  const view = source.ownerDocument.defaultView;
  if (!view || !source.isConnected) return;
  const from = [source, ...Array.from(source.getElementsByTagName('*'))];
  const to = [copy, ...Array.from(copy.getElementsByTagName('*'))];
  const computed = new Map<Element, CSSStyleDeclaration>(
    from.map((element) => [element, view.getComputedStyle(element)]),
  );
  from.forEach((element, i) => {
    const own = computed.get(element)!;
    const parent = element === source ? undefined : computed.get(element.parentElement!);
    const declarations = STYLE_PROPERTIES.flatMap((p) => {
      const value = own.getPropertyValue(p);
      const baseline = p in INITIAL ? INITIAL[p] : parent?.getPropertyValue(p);
      return value === baseline ? [] : [`${p}:${value}`];
    });
    if (declarations.length) to[i].setAttribute('style', declarations.join(';'));
  });
}

/** The viewBox's size ("0 0 640 400" → [640, 400]), or null when there is none. */
export function viewBoxSize(viewBox: string | null): [number, number] | null {
  const parts = (viewBox ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  return parts.length === 4 && parts.every(Number.isFinite) && parts[2] > 0 && parts[3] > 0
    ? [parts[2], parts[3]]
    : null;
}

/**
 * A standalone SVG document of a chart: XML declaration, xmlns, the page's styles inlined on
 * each element, and a fixed width and height from the viewBox (the on-page "100%" means
 * nothing in a file, and an image without a size cannot be drawn onto a canvas).
 */
export function svgToString(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.removeAttribute('style'); // the page layout (width 100%, display block) means nothing in a file
  inlineComputedStyles(svg, copy);
  copy.setAttributeNS(XMLNS_NS, 'xmlns', SVG_NS);
  const size = viewBoxSize(copy.getAttribute('viewBox'));
  if (size) {
    copy.setAttribute('width', String(size[0]));
    copy.setAttribute('height', String(size[1]));
  }
  const text = new XMLSerializer().serializeToString(copy);
  return `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n${text}\n`;
}
