import { describe, expect, it } from 'vitest';
import { COLOURS } from '../../../../src/viz/charts/common/theme.ts';
import {
  anchorPx,
  outsideNote,
  placeLabels,
  sweepMarkers,
} from '../../../../src/viz/charts/sweep/sweep-markers-model.ts';
import { ESTIMATE, THEORY } from '../common/lab-fixtures.ts';

const px = (v: number): number => v * 1000; // 0–0.5 → 0–500 px
const WINDOW = {
  ...THEORY,
  kind: 'watts-window' as const,
  criticalValue: 1.1,
  window: { low: 1.1, high: 6.5 },
  curve: undefined,
};

describe('sweep markers', () => {
  it('marks the onset with its interval, the better-than-even point and the theory', () => {
    const [onset, even, theory] = sweepMarkers(ESTIMATE, THEORY);
    expect(onset).toMatchObject({
      key: 'onset',
      value: 0.21,
      strip: { low: 0.18, high: 0.24 },
      dash: null,
    });
    expect(onset.lines).toEqual(['onset ≈ 0.21', '95% CI 0.18–0.24']);
    expect(even).toMatchObject({ key: 'even', value: 0.32, lines: ['P(global) > ½ from 0.32'] });
    expect(theory).toMatchObject({
      key: 'theory',
      value: 0.2,
      strip: null,
      dash: '6 4',
      colour: COLOURS.green,
      lines: ['theory ≈ 0.2'],
    });
  });

  it('draws a window as a shaded strip with both edges, and nothing for missing parts', () => {
    const [window] = sweepMarkers(null, WINDOW);
    expect(window).toMatchObject({
      value: 1.1,
      strip: { low: 1.1, high: 6.5 },
      edges: true,
      lines: ['theory: cascade window', '1.1–6.5'],
    });
    expect(sweepMarkers(null, { ...THEORY, kind: 'none', criticalValue: null })).toEqual([]);
    expect(sweepMarkers({ ...ESTIMATE, onset: null, betterThanEven: null }, null)).toEqual([]);
    const point = sweepMarkers(
      { ...ESTIMATE, onset: { ...ESTIMATE.onset!, interval: { low: 0.21, high: 0.21 } } },
      null,
    )[0];
    expect(point.strip).toBeNull();
  });

  it('puts labels beside their lines and stacks the ones that would overlap', () => {
    const labels = placeLabels(sweepMarkers(ESTIMATE, THEORY), px, 500);
    const by = (key: string) => labels.find((l) => l.marker.key === key)!;
    expect(by('theory')).toMatchObject({ x: 206, anchor: 'start', top: 0 });
    expect(by('onset').top).toBeGreaterThan(0); // 0.21 is 10 px from the theory's line: below its label
    expect(by('even')).toMatchObject({ x: 314, anchor: 'end' }); // no room on the right of 320 px in 500
    // The onset's two-line label reaches past 0.32, so this one goes below it.
    expect(placeLabels(sweepMarkers(ESTIMATE, null), px, 600)[1]).toMatchObject({
      x: 326,
      anchor: 'start',
      top: 40,
    });
  });

  it('puts a label on the left near the right edge, and leaves out markers off the plot', () => {
    const labels = placeLabels(
      sweepMarkers(
        {
          ...ESTIMATE,
          onset: null,
          betterThanEven: { value: 0.49, interval: { low: 0.48, high: 0.5 } },
        },
        { ...THEORY, criticalValue: 0.7 },
      ),
      px,
      500,
    );
    expect(labels).toHaveLength(1);
    expect(labels[0]).toMatchObject({ x: 484, anchor: 'end' });
  });

  it('anchors a window that starts left of the plot at the plot edge', () => {
    const [window] = sweepMarkers(null, WINDOW);
    expect(anchorPx(window, (v) => (v - 2) * 100, 500)).toBe(0);
    expect(anchorPx(window, (v) => (v - 7) * 100, 500)).toBeNull();
  });

  it('says which markers fall outside the swept range', () => {
    const markers = sweepMarkers(ESTIMATE, { ...THEORY, criticalValue: 0.6 });
    expect(outsideNote(markers, [0, 0.5])).toBe(
      "Beyond the swept range: theory's critical value (0.6).",
    );
    expect(outsideNote(markers, [0.25, 0.3])).toBe(
      "Beyond the swept range: estimated onset (0.21); better-than-even point (0.32); theory's critical value (0.6).",
    );
    expect(outsideNote(sweepMarkers(null, WINDOW), [2, 4])).toBe('');
  });
});
