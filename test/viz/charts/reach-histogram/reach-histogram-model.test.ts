import { describe, expect, it } from 'vitest';
import { histogram } from '../../../../src/sim/statistics.ts';
import {
  barHeight,
  describeReachHistogram,
  globalLabel,
  type ReachHistogramData,
  reachBars,
  totalRuns,
} from '../../../../src/viz/charts/reach-histogram/reach-histogram-model.ts';

/** 100 runs on 100 nodes: 69 die out at 1–3 people, 31 take off to 60–80. */
function bimodal(): ReachHistogramData {
  const sizes = [
    ...Array.from({ length: 69 }, (_, i) => 1 + (i % 3)),
    ...Array.from({ length: 31 }, (_, i) => 60 + (i % 21)),
  ];
  return {
    histogram: histogram(sizes, 100, 10),
    nodes: 100,
    minReach: 10,
    pGlobal: { value: 0.31, ci95: [0.227, 0.406] },
  };
}

describe('reachBars', () => {
  it('labels each bar with the whole reaches it holds and marks the global ones', () => {
    const bars = reachBars(bimodal());
    expect(bars).toHaveLength(10);
    expect(bars[0]).toMatchObject({ label: '0–9', count: 69, share: 0.69, global: false });
    expect(bars[1]).toMatchObject({ label: '10–19', global: true });
    expect(bars[9].label).toBe('90–100'); // the last bin holds its upper edge
    expect(totalRuns(bimodal().histogram)).toBe(100);
  });

  it('labels one-wide bins with a single number', () => {
    const bars = reachBars({
      histogram: histogram([1, 2, 2], 3, 3),
      nodes: 3,
      minReach: 1,
      pGlobal: { value: 1, ci95: [0.4, 1] },
    });
    expect(bars.map((b) => b.label)).toEqual(['0', '1', '2–3']);
  });
});

describe('barHeight', () => {
  it('keeps a bar with any run at least one pixel tall, and an empty bar flat', () => {
    expect(barHeight(0.02, 1)).toBe(1);
    expect(barHeight(37.5, 12)).toBe(37.5);
    expect(barHeight(0, 0)).toBe(0);
  });
});

describe('describeReachHistogram', () => {
  it('states the line, P(global) and the most common outcome', () => {
    const { desc } = describeReachHistogram(bimodal());
    expect(globalLabel(200)).toBe('global cascade ≥ 200 people');
    expect(desc).toBe(
      '100 runs. The most common final reach is 0–9 people (69% of runs). ' +
        'P(global) = 0.31 (95% CI 0.23–0.41): the share of runs reaching at least 10 people (10% of the network).',
    );
  });

  it('explains the two humps near the tipping point', () => {
    expect(describeReachHistogram(bimodal()).caption).toContain(
      'Most runs die out near the seeds; the rest take off: two humps mean you are near the tipping point.',
    );
    const mostly = { ...bimodal(), pGlobal: { value: 0.7, ci95: [0.6, 0.78] as const } };
    expect(describeReachHistogram(mostly).caption).toContain(
      'Most runs take off; the rest die out near the seeds',
    );
  });

  it('says when the content is far below or above its tipping point', () => {
    const below = { ...bimodal(), pGlobal: { value: 0, ci95: [0, 0.037] as const } };
    expect(describeReachHistogram(below).caption).toContain('below its tipping point');
    const above = { ...bimodal(), pGlobal: { value: 1, ci95: [0.96, 1] as const } };
    expect(describeReachHistogram(above).caption).toContain('well above its tipping point');
  });
});
