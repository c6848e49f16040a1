import { pointer, select, type ZoomTransform, zoom, zoomIdentity } from 'd3';

export interface InteractionHandlers {
  onZoom(transform: ZoomTransform): void;
  /** The gesture is over: time for a crisp redraw. */
  onZoomEnd(): void;
  onPointer(x: number, y: number): void;
  onLeave(): void;
  onClick(x: number, y: number): void;
}

export interface Interaction {
  /** Back to the fitted view, animated unless `animated` is false. */
  reset(animated?: boolean): void;
  detach(): void;
}

/** Zooming beyond these shows nothing new: the whole graph, or a handful of nodes. */
const SCALE_EXTENT: [number, number] = [0.5, 64];

/**
 * Does this click pick a node? A double-click fires click (detail 1), click (detail 2), then
 * dblclick. Only the first counts: a click cannot know whether a second will follow, so the
 * choice is between toggling at once or waiting out the system's double-click interval
 * (unknown to a page, and ~500 ms on some systems) before every toggle. Ripple toggles at once,
 * with no timers; the later clicks of a double- or triple-click are ignored, so a double-click
 * on a node toggles it exactly once (never on, then off again) and resets the view, and one on
 * empty space only resets the view. Undoing the first toggle on dblclick would flash the seed
 * on and off and redo the work a seed change sets off, so it is not done. Keyboard and synthetic clicks (detail 0) pick.
 */
export function clickPicks(detail: number): boolean {
  return detail <= 1;
}

/**
 * d3-zoom for wheel, drag and pinch, with double-click resetting instead of zooming in. A click
 * after a drag never reaches the click handler: d3-zoom swallows it, so panning does not
 * toggle seeds.
 */
export function attachInteraction(
  canvas: HTMLCanvasElement,
  handlers: InteractionHandlers,
): Interaction {
  const behaviour = zoom<HTMLCanvasElement, unknown>()
    .scaleExtent(SCALE_EXTENT)
    .on('zoom', (event: { transform: ZoomTransform }) => handlers.onZoom(event.transform))
    .on('end', () => handlers.onZoomEnd());
  const selection = select(canvas);
  const reset = (animated = true): void => {
    if (animated) selection.transition().duration(400).call(behaviour.transform, zoomIdentity);
    else selection.interrupt().call(behaviour.transform, zoomIdentity);
  };
  selection
    .call(behaviour)
    .on('dblclick.zoom', null)
    .on('dblclick.reset', () => reset())
    .on('pointermove.pick', (event: PointerEvent) => handlers.onPointer(...pointer(event, canvas)))
    .on('pointerleave.pick', () => handlers.onLeave())
    .on('click.pick', (event: MouseEvent) => {
      if (clickPicks(event.detail)) handlers.onClick(...pointer(event, canvas));
    });
  return {
    reset,
    detach() {
      selection.interrupt().on('.zoom', null).on('.reset', null).on('.pick', null);
    },
  };
}
