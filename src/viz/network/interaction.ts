import { pointer, select, zoom, zoomIdentity, type ZoomTransform } from 'd3';

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
 * d3-zoom for wheel, drag and pinch, with double-click resetting instead of zooming in. A click
 * after a drag never reaches the click handler: d3-zoom swallows it, so panning does not
 * toggle seeds.
 */
export function attachInteraction(canvas: HTMLCanvasElement, handlers: InteractionHandlers): Interaction {
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
    .on('click.pick', (event: MouseEvent) => handlers.onClick(...pointer(event, canvas)));
  return {
    reset,
    detach() {
      selection.interrupt().on('.zoom', null).on('.reset', null).on('.pick', null);
    },
  };
}
