import { binColour, NODE_COLOURS, TIME_BINS, timeBin } from './palette.ts';
import type { CascadeView, Colouring } from './types.ts';

export interface NodeStateInput {
  readonly n: number;
  readonly cascade: CascadeView | null;
  readonly time: number;
  readonly isSeed: Uint8Array;
  readonly colouring: Colouring;
}

/**
 * Nodes sorted by fill colour, so a frame switches fillStyle once per group rather than once
 * per node. Groups are drawn in order: later groups (reached, seeds) land on top.
 */
export interface NodeGroups {
  /** Group g is order[start[g] .. start[g + 1]). */
  readonly order: Int32Array;
  readonly start: Int32Array;
  readonly colours: readonly string[];
  /** Each node's group. */
  readonly group: Uint8Array;
  /** Nodes the cascade never reaches: faded in the ripple layout. */
  readonly outsider: number;
  /** Nodes with 0 ≤ step ≤ time. */
  readonly activeCount: number;
  /** Nodes activated at exactly `time`. */
  readonly pulsing: Int32Array;
}

const OUTSIDER = 0;
const INACTIVE = 1;
const ACTIVE = 2; // 'state' colouring; 'time' uses 2 + bin instead
const SEED = 3;

export function groupNodes(input: NodeStateInput): NodeGroups {
  const { n, cascade, time, isSeed, colouring } = input;
  const byTime = colouring === 'time' && cascade !== null;
  const maxStep = cascade ? Math.max(0, cascade.maxStep) : 0;
  const colours = byTime
    ? [NODE_COLOURS.inactive, NODE_COLOURS.inactive, ...binsOf(maxStep)]
    : [NODE_COLOURS.inactive, NODE_COLOURS.inactive, NODE_COLOURS.active, NODE_COLOURS.seed];

  const group = new Uint8Array(n);
  let activeCount = 0;
  let pulseCount = 0;
  for (let v = 0; v < n; v++) {
    const step = cascade ? cascade.step[v] : -1;
    const active = step >= 0 && step <= time;
    if (active) activeCount++;
    if (active && step === time) pulseCount++;
    if (!byTime && isSeed[v]) group[v] = SEED;
    else if (active) group[v] = byTime ? ACTIVE + timeBin(step, maxStep) : ACTIVE;
    else group[v] = cascade && step < 0 && !isSeed[v] ? OUTSIDER : INACTIVE;
  }

  const start = new Int32Array(colours.length + 1);
  for (let v = 0; v < n; v++) start[group[v] + 1]++;
  for (let g = 0; g < colours.length; g++) start[g + 1] += start[g];
  const fill = start.slice(0, colours.length);
  const order = new Int32Array(n);
  for (let v = 0; v < n; v++) order[fill[group[v]]++] = v;

  const pulsing = new Int32Array(pulseCount);
  if (cascade)
    for (let v = 0, i = 0; v < n; v++) if (cascade.step[v] === time && time >= 0) pulsing[i++] = v;
  return { order, start, colours, group, outsider: OUTSIDER, activeCount, pulsing };
}

function binsOf(maxStep: number): string[] {
  const bins = Math.min(TIME_BINS, maxStep + 1);
  return Array.from({ length: bins }, (_, b) => binColour(b, maxStep));
}
