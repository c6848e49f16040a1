import { DOMImplementation, DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SVG_NS, svgToString, viewBoxSize } from '../../../src/viz/export/svg-to-string.ts';

/** An SVG chart-like tree in xmldom's DOM (vitest has no browser DOM), as d3 would build it. */
function chart(): SVGSVGElement {
  const doc = new DOMImplementation().createDocument(SVG_NS, 'svg', null);
  const svg = doc.documentElement!;
  svg.setAttribute('viewBox', '0 0 640 400');
  svg.setAttribute('width', '100%');
  svg.setAttribute('style', 'display: block; height: auto');
  svg.setAttribute('font-family', 'system-ui, "Segoe UI", sans-serif');
  const title = doc.createElementNS(SVG_NS, 'title');
  title.appendChild(doc.createTextNode('Reach & spread <draft>'));
  const text = doc.createElementNS(SVG_NS, 'text');
  text.setAttribute('fill', '#0072B2');
  text.appendChild(doc.createTextNode('P(global) = 0.31 (95% CI 0.27–0.35) ≥ "x"'));
  svg.appendChild(title);
  svg.appendChild(text);
  return svg as unknown as SVGSVGElement;
}

function parseStrict(xml: string): Document {
  const parser = new DOMParser({
    onError(level, message) {
      if (level !== 'warning') throw new Error(message);
    },
  });
  return parser.parseFromString(xml, 'image/svg+xml') as unknown as Document;
}

describe('svgToString', () => {
  beforeEach(() => vi.stubGlobal('XMLSerializer', XMLSerializer));
  afterEach(() => vi.unstubAllGlobals());

  it('writes a well-formed standalone SVG document in the SVG namespace', () => {
    const xml = svgToString(chart());
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<svg')).toBe(
      true,
    );
    const doc = parseStrict(xml);
    expect(doc.documentElement.namespaceURI).toBe(SVG_NS);
    expect(doc.documentElement.localName).toBe('svg');
    expect(xml.match(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g)).toHaveLength(1);
  });

  it('escapes text and keeps colours and fonts as attributes', () => {
    const doc = parseStrict(svgToString(chart()));
    expect(doc.getElementsByTagName('title')[0].textContent).toBe('Reach & spread <draft>');
    const text = doc.getElementsByTagName('text')[0];
    expect(text.textContent).toBe('P(global) = 0.31 (95% CI 0.27–0.35) ≥ "x"');
    expect(text.getAttribute('fill')).toBe('#0072B2');
    expect(doc.documentElement.getAttribute('font-family')).toBe(
      'system-ui, "Segoe UI", sans-serif',
    );
  });

  it('fixes the size from the viewBox and drops the page layout style', () => {
    const root = parseStrict(svgToString(chart())).documentElement;
    expect(root.getAttribute('width')).toBe('640');
    expect(root.getAttribute('height')).toBe('400');
    expect(root.hasAttribute('style')).toBe(false);
  });

  it('leaves the chart on the page untouched', () => {
    const svg = chart();
    svgToString(svg);
    expect(svg.getAttribute('width')).toBe('100%');
    expect(svg.getAttribute('style')).toBe('display: block; height: auto');
  });
});

describe('viewBoxSize', () => {
  it('reads the width and height of a viewBox', () => {
    expect(viewBoxSize('0 0 640 400')).toEqual([640, 400]);
    expect(viewBoxSize(' 0,0, 320.5 , 200 ')).toEqual([320.5, 200]);
  });

  it('gives null for a missing or unusable viewBox', () => {
    expect(viewBoxSize(null)).toBeNull();
    expect(viewBoxSize('0 0 640')).toBeNull();
    expect(viewBoxSize('0 0 0 400')).toBeNull();
    expect(viewBoxSize('a b c d')).toBeNull();
  });
});
