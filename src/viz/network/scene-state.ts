import { type Adjacency, simpleAdjacency } from '../../graph/index.ts';
import { initialPositions } from '../../workers/index.ts';
import { type ActivationOrder, activationOrder } from './activation-order.ts';
import { groupNodes, type NodeGroups } from './node-groups.ts';
import { rippleLayout } from './ripple-layout.ts';
import type { Scene } from './scene.ts';
import { type EdgeSample, thinEdges } from './thin-edges.ts';
import type { CascadeView, Colouring, NetworkViewData } from './types.ts';
import { type Bounds, boundsOf } from './viewport.ts';

type Rings = Scene['rings'];

/**
 * The view's state and what derives from it (node colour groups, ripple positions, the
 * positions on screen while morphing), each recomputed only when its inputs change.
 * `version` counts changes of the drawn positions (hit-testing rebuilds on it); `content`
 * counts changes of anything the cached layers show other than the playback step.
 */
export function createSceneState() {
  let data: NetworkViewData | null = null;
  let neighbours: Adjacency = { offsets: new Int32Array(1), neighbours: new Int32Array(0) };
  let sample: EdgeSample = { edges: null, notice: null };
  let networkXY: Float32Array = new Float32Array(0);
  let bounds: Bounds = boundsOf(networkXY);
  let seedList: readonly number[] = [];
  let isSeed = new Uint8Array(0);
  let seeds = new Int32Array(0);
  let cascade: CascadeView | null = null;
  let activation: ActivationOrder | null = null;
  let time = Infinity; // until playback starts, show the whole cascade
  let colouring: Colouring = 'state';
  let mix = 0;
  let highlighted: number | null = null;
  let pulse = 1;
  let groups: NodeGroups | null = null;
  let ripple: { xy: Float32Array; rings: Rings } | null = null;
  let display: Float32Array | null = null;
  let version = 0;
  let content = 0;

  const n = (): number => data?.n ?? 0;
  const positionsChanged = (): void => {
    display = null;
    version++;
    content++;
  };
  const applySeeds = (): void => {
    isSeed = new Uint8Array(n());
    for (const v of seedList) if (Number.isInteger(v) && v >= 0 && v < n()) isSeed[v] = 1;
    const list: number[] = [];
    for (let v = 0; v < isSeed.length; v++) if (isSeed[v]) list.push(v);
    seeds = Int32Array.from(list);
    groups = null;
    content++;
  };

  function rippleOf(c: CascadeView): { xy: Float32Array; rings: Rings } {
    // The rings fill the network's own extent, so both layouts share one fitted view.
    const cx = (bounds.minX + bounds.maxX) / 2;
    const cy = (bounds.minY + bounds.maxY) / 2;
    const outerRadius = Math.min(bounds.maxX - bounds.minX, bounds.maxY - bounds.minY) / 2;
    const layout = rippleLayout(n(), c, { cx, cy, outerRadius, reference: networkXY });
    const radii: number[] = [];
    for (let g = 0; g <= layout.maxGeneration; g++)
      if (g + layout.firstRing > 0) radii.push(layout.spacing * (g + layout.firstRing));
    return { xy: layout.xy, rings: { cx, cy, radii } };
  }

  return {
    setNetwork(next: NetworkViewData): Float32Array {
      data = next;
      neighbours = simpleAdjacency(next);
      sample = thinEdges(next.src.length);
      networkXY = initialPositions(next);
      bounds = boundsOf(networkXY);
      cascade = null;
      activation = null;
      highlighted = null;
      ripple = null;
      applySeeds();
      positionsChanged();
      return networkXY;
    },
    setNetworkPositions(xy: Float32Array): void {
      if (xy.length !== 2 * n()) return;
      networkXY = xy;
      bounds = boundsOf(xy);
      ripple = null;
      positionsChanged();
    },
    setSeeds(nodes: ArrayLike<number>): void {
      seedList = Array.from(nodes);
      applySeeds();
    },
    setCascade(next: CascadeView | null): void {
      // A cascade of another graph (a race while the app swaps networks) is not drawn.
      cascade = next && next.step.length === n() ? next : null;
      activation = cascade ? activationOrder(cascade.step) : null;
      groups = null;
      ripple = null;
      positionsChanged();
    },
    setTime(step: number): void {
      time = step;
      groups = null;
    },
    setColouring(c: Colouring): void {
      colouring = c;
      groups = null;
      content++;
    },
    setMix(m: number): void {
      mix = m;
      positionsChanged();
    },
    setHighlight(node: number | null): void {
      highlighted = node !== null && node >= 0 && node < n() ? node : null;
    },
    setPulse(p: number): void {
      pulse = p;
    },
    get version(): number {
      return version;
    },
    get mix(): number {
      return mix;
    },
    get content(): number {
      return content;
    },
    get bounds(): Bounds {
      return bounds;
    },
    get notice(): string | null {
      return sample.notice;
    },
    /** Where nodes are drawn now, in world units: network, ripple, or a blend while morphing. */
    positions(): Float32Array {
      if (display) return display;
      if (mix > 0 && cascade) ripple ??= rippleOf(cascade);
      const target = mix > 0 && ripple ? ripple.xy : null;
      if (!target || mix >= 1) display = target ?? networkXY;
      else display = networkXY.map((a, i) => a + (target[i] - a) * mix);
      return display;
    },
    scene(): Scene | null {
      if (!data) return null;
      groups ??= groupNodes({ n: data.n, cascade, time, isSeed, colouring });
      const rings = mix > 0 && ripple ? ripple.rings : null;
      return {
        data,
        neighbours,
        sample: sample.edges,
        cascade,
        activation,
        time,
        colouring,
        groups,
        isSeed,
        seeds,
        mix,
        rings,
        highlighted,
        pulse,
      };
    },
  };
}

export type SceneState = ReturnType<typeof createSceneState>;
