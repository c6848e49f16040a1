import type { DrawCounts, Scene } from './scene.ts';
import type { LayoutMode } from './types.ts';

const count = new Intl.NumberFormat('en-US');

export interface ViewFacts {
  readonly scene: Scene;
  readonly counts: DrawCounts;
  readonly mode: LayoutMode;
  readonly layoutState: string;
}

/**
 * What the canvas shows, in words for screen readers (aria-label) and as data- attributes for
 * browser tests, which cannot read pixels reliably. Written only when a value changes.
 */
export function describeView(canvas: HTMLCanvasElement, facts: ViewFacts): void {
  const { scene, counts, mode, layoutState } = facts;
  const { n, src } = scene.data;
  const active = scene.groups.activeCount;
  const reached = scene.cascade ? ` ${count.format(active)} reached so far.` : '';
  const label =
    `Network of ${count.format(n)} people and ${count.format(src.length)} ties, ` +
    `${mode === 'ripple' ? 'as rings of cascade generations around the seeds' : 'in a force layout'}.${reached} ` +
    'Scroll or pinch to zoom, drag to pan, double-click to reset.';
  set(canvas, 'aria-label', label);
  set(canvas, 'data-nodes', String(counts.nodes));
  set(canvas, 'data-edges-drawn', String(counts.edges));
  set(canvas, 'data-active', String(active));
  set(canvas, 'data-layout', mode);
  set(canvas, 'data-layout-state', layoutState);
  set(canvas, 'data-colouring', scene.colouring);
}

function set(canvas: HTMLCanvasElement, name: string, value: string): void {
  if (canvas.getAttribute(name) !== value) canvas.setAttribute(name, value);
}
