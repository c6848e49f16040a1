import type { Adjacency } from '../../graph/index.ts';
import type { ActivationOrder } from './activation-order.ts';
import type { NodeGroups } from './node-groups.ts';
import type { CascadeView, Colouring, NetworkViewData } from './types.ts';
import type { Viewport } from './viewport.ts';

/** Everything one frame depends on; the draw functions read it and never change it. */
export interface Scene {
  readonly data: NetworkViewData;
  readonly neighbours: Adjacency;
  /** Edges to draw (a thinned sample), or null for all. */
  readonly sample: Int32Array | null;
  readonly cascade: CascadeView | null;
  /** Reached nodes by activation step; null without a cascade. */
  readonly activation: ActivationOrder | null;
  /** Playback step: nodes with 0 ≤ step ≤ time are active. */
  readonly time: number;
  readonly colouring: Colouring;
  readonly groups: NodeGroups;
  readonly isSeed: Uint8Array;
  readonly seeds: Int32Array;
  /** 0 = force layout, 1 = ripple layout; in between while animating. */
  readonly mix: number;
  /** Ripple generation rings, in world units. */
  readonly rings: {
    readonly cx: number;
    readonly cy: number;
    readonly radii: readonly number[];
  } | null;
  readonly highlighted: number | null;
  /** 0 → 1 over the pulse of nodes activated at the current step. */
  readonly pulse: number;
}

/** Screen positions of the nodes under one viewport. */
export interface Screen {
  readonly view: Viewport;
  readonly sx: Float32Array;
  readonly sy: Float32Array;
}

/** What a frame showed, for the canvas's data- attributes. */
export interface DrawCounts {
  nodes: number;
  edges: number;
}

/** Is a segment possibly visible? Rejects only those wholly off one side of the view. */
export function segmentVisible(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  w: number,
  h: number,
): boolean {
  return !((x1 < 0 && x2 < 0) || (y1 < 0 && y2 < 0) || (x1 > w && x2 > w) || (y1 > h && y2 > h));
}
