import { interpolateViridis } from 'd3';
import type { Colouring } from './types.ts';

/**
 * Okabe and Ito's colourblind-safe categories (2008), the same as the charts use, so a seed
 * or a reached node reads the same everywhere in the app.
 */
export const NODE_COLOURS = {
  inactive: '#BBBBBB',
  seed: '#D55E00',
  active: '#0072B2',
} as const;

export const EDGE_COLOURS = {
  /** Ties of the network: light, so thousands of them stay a texture behind the nodes. */
  tie: '#9AA0A6',
  /** Who activated whom: the cascade tree over the network. */
  cascade: '#0072B2',
  /** Ties of the hovered node, and its outline. */
  highlight: '#1D2330',
} as const;

/** Guide circles of the ripple view's generations. */
export const RING_COLOUR = '#D9DCE1';

/** Export background: a PNG or SVG in a report should not be transparent. */
export const BACKGROUND = '#FFFFFF';

/**
 * Steps are binned into at most this many colours: nodes are filled one colour at a time, and
 * canvas fillStyle switches are costly, while 32 shades are more than an eye can tell apart.
 */
export const TIME_BINS = 32;

/** Viridis stops short of its palest yellow, which would vanish on a white page. */
const VIRIDIS_END = 0.9;

/** The colour bin of a step, 0 .. min(TIME_BINS, maxStep + 1) - 1. */
export function timeBin(step: number, maxStep: number): number {
  const bins = Math.min(TIME_BINS, maxStep + 1);
  return Math.min(bins - 1, Math.floor((step * bins) / (maxStep + 1)));
}

/** Colour of a bin: viridis, dark (early) to light (late), lightness rising monotonically. */
export function binColour(bin: number, maxStep: number): string {
  const bins = Math.min(TIME_BINS, maxStep + 1);
  return interpolateViridis(bins <= 1 ? 0 : (VIRIDIS_END * bin) / (bins - 1));
}

/** The colour a node activated at `step` gets under the 'time' colouring. */
export function timeColour(step: number, maxStep: number): string {
  return binColour(timeBin(step, maxStep), maxStep);
}

export interface LegendItem {
  readonly label: string;
  readonly colour: string;
}

/**
 * What each colour means, for the app's HTML legend. Under 'time', `maxStep` (the cascade's
 * last step) turns the scale's ends into step numbers; five stops show its direction.
 */
export function legendItems(colouring: Colouring, maxStep?: number): LegendItem[] {
  const notReached = { label: 'Not reached', colour: NODE_COLOURS.inactive };
  if (colouring === 'state') {
    return [
      notReached,
      { label: 'Seed', colour: NODE_COLOURS.seed },
      { label: 'Reached', colour: NODE_COLOURS.active },
    ];
  }
  if (maxStep === undefined) {
    return [
      notReached,
      { label: 'Reached early', colour: timeColour(0, 1) },
      { label: 'Reached late', colour: timeColour(1, 1) },
    ];
  }
  const steps = [...new Set([0, 1, 2, 3, 4].map((i) => Math.round((maxStep * i) / 4)))];
  return [
    notReached,
    ...steps.map((s) => ({ label: `Step ${s}`, colour: timeColour(s, maxStep) })),
  ];
}
