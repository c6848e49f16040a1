import { describe, expect, it } from 'vitest';
import { estimateCriticalValue } from '../../../../src/analysis/index.ts';
import { describeSweep, sweepNote } from '../../../../src/viz/charts/sweep/sweep-describe.ts';
import {
  extraPanels,
  extraTop,
  isSweepEmpty,
  peopleTop,
  type SweepChartData,
  sweepDomain,
  sweepLayout,
  sweepLegend,
  sweepRows,
  theoryCurve,
} from '../../../../src/viz/charts/sweep/sweep-model.ts';
import { ESTIMATE, point, summaryOf, THEORY } from '../common/lab-fixtures.ts';

const N = 1000;
const points = [
  point(0.3, 40, 30, 800, 3, N),
  point(0.1, 40, 0, 800, 2, N),
  point(0.2, 40, 8, 700, 12, N),
  point(0.4, 40, 36, 900, 2, N),
];
const data = (over: Partial<SweepChartData> = {}): SweepChartData => ({
  parameterLabel: 'propagation power',
  nodes: N,
  points,
  estimate: ESTIMATE,
  theory: THEORY,
  ...over,
});

describe('sweep rows', () => {
  it('sorts the points that arrived by value and leaves out empty ensembles', () => {
    const rows = sweepRows(
      data({ points: [...points, { value: 0.5, summary: summaryOf([], N) }] }),
    );
    expect(rows.map((r) => r.value)).toEqual([0.1, 0.2, 0.3, 0.4]);
    expect(rows[0]).toMatchObject({ runs: 40, pGlobal: 0, meanReach: 2, meanSmallReach: 2, sd: 0 });
    expect(rows[2].pGlobal).toBe(0.75);
    expect(rows[2].pGlobalCi[0]).toBeLessThan(0.75);
    expect(rows[2].pGlobalCi[1]).toBeGreaterThan(0.75);
  });

  it('clips the reach interval at zero and has no small-run size when every run went global', () => {
    const rows = sweepRows(
      data({
        points: [point(1, 5, 5, 900, 0, N), { value: 2, summary: summaryOf([0, 0, 0, 9], N) }],
      }),
    );
    expect(rows[0].meanSmallReach).toBeNull();
    expect(rows[1].reachCi[0]).toBe(0);
  });

  it('is empty until a point with runs has arrived', () => {
    expect(isSweepEmpty(data({ points: [] }))).toBe(true);
    expect(isSweepEmpty(data({ points: [{ value: 1, summary: summaryOf([], N) }] }))).toBe(true);
    expect(isSweepEmpty(data())).toBe(false);
  });

  it('spans the swept values, with room around a single value', () => {
    expect(sweepDomain(sweepRows(data()))).toEqual([0.1, 0.4]);
    const [lo, hi] = sweepDomain(sweepRows(data({ points: [points[0]] })));
    expect(lo).toBeCloseTo(0.27, 12);
    expect(hi).toBeCloseTo(0.33, 12);
    expect(sweepDomain(sweepRows(data({ points: [point(0, 3, 0, 1, 1, N)] })))).toEqual([-1, 1]);
  });

  it('tops the people axis at the network size so it lines up with P(global) 0–1', () => {
    expect(peopleTop(sweepRows(data()), N)).toBe(N);
    expect(peopleTop(sweepRows(data()), 0)).toBeGreaterThanOrEqual(600);
  });
});

describe('extras, theory curve, legend and layout', () => {
  it('draws the extra panels the data asks for, each on its own scale', () => {
    expect(extraPanels(data())).toEqual([]);
    expect(extraPanels(data({ show: { smallCascades: true, spread: true } }))).toEqual([
      'small',
      'spread',
    ]);
    const rows = sweepRows(data());
    expect(extraTop(rows, 'small', 5)).toBe(12);
    expect(extraTop(rows, 'spread', 5)).toBeGreaterThan(300);
  });

  it('keeps the part of the theory curve inside the sweep', () => {
    expect(theoryCurve(THEORY, [0.1, 0.3])).toEqual([
      [0.2, 0],
      [0.3, 0.4],
    ]);
    expect(theoryCurve(null, [0, 1])).toEqual([]);
    expect(theoryCurve({ ...THEORY, curve: undefined }, [0, 1])).toEqual([]);
  });

  it('names what is drawn in the legend', () => {
    expect(sweepLegend(data()).map((i) => i.label)).toEqual([
      'mean reach',
      '95% CI of the mean',
      'P(global) with 95% CI',
      'theory: global cascade size',
    ]);
    expect(sweepLegend(data({ theory: null })).length).toBe(3);
  });

  it('stacks the note and the panels under the plot and grows the chart to hold them', () => {
    const frame = { height: 500, plot: { left: 76, width: 500, height: 380 } };
    const none = sweepLayout(frame, 2, 0);
    expect(none.panels).toEqual([]);
    expect(none.height).toBe(502 + 2 * 19 + 8 + 6);
    const two = sweepLayout(frame, 2, 2);
    expect(two.panels[0]).toEqual({ left: 76, top: 502 + 46 + 30, width: 500, height: 144 });
    expect(two.panels[1].top).toBe(two.panels[0].top + 144 + 58 + 30);
    expect(two.height).toBe(two.panels[1].top + 144 + 58 + 6);
  });
});

describe('sweep words', () => {
  it('writes the estimate on the chart, and says what lies beyond the range', () => {
    expect(sweepNote(data())).toBe(ESTIMATE.explanation);
    const far = data({ theory: { ...THEORY, criticalValue: 0.45 } });
    expect(sweepNote(far)).toBe(
      `${ESTIMATE.explanation} Beyond the swept range: theory's critical value (0.45).`,
    );
    expect(sweepNote(data({ points: [points[0]], estimate: null, theory: null }))).toMatch(
      /^One value so far/,
    );
  });

  it('tells how to read the chart in the caption and the numbers in the description', () => {
    const { desc, caption } = describeSweep(data({ show: { smallCascades: true } }));
    expect(desc).toContain(
      '4 values of propagation power from 0.1 to 0.4, 40 runs each. P(global) goes from 0% to 90%',
    );
    expect(desc).toContain('onset ≈ 0.21, 95% CI 0.18–0.24.');
    expect(desc).toContain('Theory: Percolation threshold 0.2.');
    expect(caption).toMatch(/^Each value of propagation power is an ensemble of runs/);
    expect(caption).toContain(
      "Vertical lines mark the estimated onset, where global cascades first become possible (grey: its 95% CI), where P(global) passes one half and the theory's critical value",
    );
    expect(caption).toContain('Below: the mean size of the runs that stayed small');
    expect(caption.endsWith(ESTIMATE.explanation)).toBe(true);
  });

  it('does not mention markers that are off the chart', () => {
    const { caption } = describeSweep(
      data({ estimate: null, theory: { ...THEORY, criticalValue: 0.9 } }),
    );
    expect(caption).not.toContain('Vertical lines');
    expect(caption).toContain("Beyond the swept range: theory's critical value (0.9).");
  });

  it('carries the analysis explanation of a real estimate', () => {
    const sweep = [0.1, 0.2, 0.3, 0.4].map((v, i) =>
      point(v, 60, [0, 0, 20, 50][i], 900, [2, 9, 6, 3][i], N),
    );
    const estimate = estimateCriticalValue(sweep, { bootstrap: 20 });
    const d = data({ points: sweep, estimate });
    expect(estimate.onset).not.toBeNull();
    expect(sweepNote(d)).toBe(estimate.explanation);
    expect(describeSweep(d).caption).toContain(estimate.explanation);
  });
});
