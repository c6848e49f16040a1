import {
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationNodeDatum,
} from 'd3';
import { createRng } from '../../random/rng.ts';
import { initialPositions, type LayoutGraph } from './initial-positions.ts';

/** The layout counts as settled below this alpha: later ticks barely move a pixel. */
export const ALPHA_MIN = 0.02;

/**
 * Ticks from alpha 1 down to ALPHA_MIN: 170 is d3's own pace (its default alpha decay).
 * Each tick costs O(n log n) (Barnes–Hut), so beyond 20k nodes the count shrinks with n (a
 * stronger alpha decay); the breadth-first start (initial-positions.ts) is what keeps those
 * few ticks presentable.
 */
export function plannedTicks(n: number): number {
  return n <= 20_000 ? 170 : Math.max(40, Math.round((170 * 20_000) / n));
}

export interface Layout {
  /** Runs up to k ticks, fewer if the layout settles first. */
  tick(k: number): void;
  readonly alpha: number;
  readonly done: boolean;
  /** Current x, y per node, into `out` when given. */
  positions(out?: Float32Array): Float32Array;
}

/** A d3-force layout over typed arrays, deterministic for a given graph and start. */
export function createLayout(
  graph: LayoutGraph,
  initial: Float32Array = initialPositions(graph),
): Layout {
  const { n, src, dst } = graph;
  const nodes: SimulationNodeDatum[] = [];
  for (let i = 0; i < n; i++) nodes.push({ x: initial[2 * i], y: initial[2 * i + 1] });
  const links: { source: number; target: number }[] = [];
  for (let e = 0; e < src.length; e++)
    if (src[e] !== dst[e]) links.push({ source: src[e], target: dst[e] });

  const simulation = forceSimulation(nodes)
    .stop()
    // d3 jiggles coincident nodes apart with this source; seeded, so runs repeat exactly.
    .randomSource(createRng('network-layout', n, src.length))
    .alphaMin(ALPHA_MIN)
    .alphaDecay(1 - ALPHA_MIN ** (1 / plannedTicks(n)))
    .force('link', forceLink(links).distance(30))
    // Reach about the size of the settled layout: further pushes only inflate it, while a
    // much shorter reach leaves visible arcs of nodes piled at the cut-off distance.
    .force(
      'charge',
      forceManyBody()
        .theta(0.9)
        .distanceMax(30 * Math.sqrt(Math.max(n, 100))),
    )
    // Weak centring so loose components do not drift off screen.
    .force('x', forceX(0).strength(0.02))
    .force('y', forceY(0).strength(0.02));

  return {
    tick(k) {
      for (let i = 0; i < k && simulation.alpha() >= ALPHA_MIN; i++) simulation.tick();
    },
    get alpha() {
      return simulation.alpha();
    },
    get done() {
      return simulation.alpha() < ALPHA_MIN;
    },
    positions(out = new Float32Array(2 * n)) {
      for (let i = 0; i < n; i++) {
        out[2 * i] = nodes[i].x ?? 0;
        out[2 * i + 1] = nodes[i].y ?? 0;
      }
      return out;
    },
  };
}
