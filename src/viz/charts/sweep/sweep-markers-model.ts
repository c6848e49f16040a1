import type { CriticalValueEstimate, TheoryPrediction } from '../../../analysis/index.ts';
import { formatRange, formatStat } from '../../../format/index.ts';
import { estimateTextWidth } from '../common/layout.ts';
import { COLOURS, FONT_SIZE } from '../common/theme.ts';

/** A labelled vertical line across the sweep plot, with an optional shaded strip. */
export interface SweepMarker {
  readonly key: 'onset' | 'even' | 'theory';
  /** What the marker is, in a few words, for the note about markers outside the range. */
  readonly name: string;
  readonly value: number;
  /** Shaded: the onset's 95% interval, or the theory's cascade window. */
  readonly strip: { readonly low: number; readonly high: number } | null;
  /** Draw dashed lines at both edges of the strip too (the theory's window). */
  readonly edges: boolean;
  readonly dash: string | null;
  readonly colour: string;
  readonly lines: readonly string[];
}

/** The estimated onset (with its interval), the better-than-even point, and the theory's value or window. */
export function sweepMarkers(
  estimate: CriticalValueEstimate | null,
  theory: TheoryPrediction | null,
): SweepMarker[] {
  const markers: SweepMarker[] = [];
  const onset = estimate?.onset;
  if (onset) {
    const { low, high } = onset.interval;
    markers.push({
      key: 'onset',
      name: 'estimated onset',
      value: onset.value,
      strip: high > low ? { low, high } : null,
      edges: false,
      dash: null,
      colour: COLOURS.text,
      lines: [`onset ≈ ${formatStat(onset.value)}`, `95% CI ${formatRange(low, high)}`],
    });
  }
  const even = estimate?.betterThanEven;
  if (even) {
    markers.push({
      key: 'even',
      name: 'better-than-even point',
      value: even.value,
      strip: null,
      edges: false,
      dash: '8 3 2 3',
      colour: COLOURS.vermillion,
      lines: [`P(global) > ½ from ${formatStat(even.value)}`],
    });
  }
  if (theory?.window) {
    const { low, high } = theory.window;
    markers.push({
      key: 'theory',
      name: "theory's cascade window",
      value: low,
      strip: { low, high },
      edges: true,
      dash: '6 4',
      colour: COLOURS.green,
      lines: ['theory: cascade window', formatRange(low, high)],
    });
  } else if (theory && theory.criticalValue !== null) {
    markers.push({
      key: 'theory',
      name: "theory's critical value",
      value: theory.criticalValue,
      strip: null,
      edges: false,
      dash: '6 4',
      colour: COLOURS.green,
      lines: [`theory ≈ ${formatStat(theory.criticalValue)}`],
    });
  }
  return markers;
}

const LINE = 18;

/** Where a marker's label goes: its text's anchor x (pixels) and the first line's offset from the top. */
export interface PlacedLabel {
  readonly marker: SweepMarker;
  readonly x: number;
  readonly anchor: 'start' | 'end';
  readonly top: number;
}

/**
 * The pixel x a marker's label hangs from, or null when the marker is off the plot. A window
 * counts as on the plot while any of it is, labelled from where it enters.
 */
export function anchorPx(
  marker: SweepMarker,
  px: (v: number) => number,
  width: number,
): number | null {
  const x = px(marker.value);
  if (x >= -0.5 && x <= width + 0.5) return x;
  if (!marker.edges || !marker.strip) return null;
  const [a, b] = [px(marker.strip.low), px(marker.strip.high)].sort((p, q) => p - q);
  return a <= width && b >= 0 ? Math.min(width, Math.max(0, a)) : null;
}

/**
 * Labels beside their lines, on the side with room, stacked downwards where they would
 * overlap (the onset and the theory's value are close by design). `px` maps a parameter
 * value to pixels; markers off the plot are left out.
 */
export function placeLabels(
  markers: readonly SweepMarker[],
  px: (v: number) => number,
  width: number,
): PlacedLabel[] {
  const anchored = markers.flatMap((marker) => {
    const x = anchorPx(marker, px, width);
    return x === null ? [] : [{ marker, x }];
  });
  const placed: { label: PlacedLabel; left: number; right: number; bottom: number }[] = [];
  for (const { marker, x } of anchored.sort((a, b) => a.x - b.x)) {
    const w = Math.max(...marker.lines.map((l) => estimateTextWidth(l, FONT_SIZE.note))) + 6;
    const right = x + w <= width || x - w < 0;
    const [left, rightEdge] = right ? [x, x + w] : [x - w, x];
    const height = marker.lines.length * LINE;
    const clash = (top: number): boolean =>
      placed.some(
        (p) => p.left < rightEdge && left < p.right && p.label.top < top + height && top < p.bottom,
      );
    const top =
      [0, ...placed.map((p) => p.bottom + 4)].sort((a, b) => a - b).find((t) => !clash(t)) ?? 0;
    placed.push({
      label: { marker, x: right ? x + 6 : x - 6, anchor: right ? 'start' : 'end', top },
      left,
      right: rightEdge,
      bottom: top + height,
    });
  }
  return placed.map((p) => p.label);
}

/** Markers that fall outside the drawn range, said in words: "Beyond the swept range: theory's critical value (0.35)." */
export function outsideNote(
  markers: readonly SweepMarker[],
  domain: readonly [number, number],
): string {
  const inside = (v: number): boolean => v >= domain[0] && v <= domain[1];
  const out = markers.filter(
    (m) =>
      !inside(m.value) &&
      !(m.edges && m.strip && m.strip.low <= domain[1] && m.strip.high >= domain[0]),
  );
  if (out.length === 0) return '';
  return `Beyond the swept range: ${out.map((m) => `${m.name} (${formatStat(m.value)})`).join('; ')}.`;
}
