import { describe, expect, it } from 'vitest';
import {
  chartLayout,
  estimateTextWidth,
  labelSide,
  legendSlots,
  MIN_WIDTH,
  tickCount,
} from '../../../../src/viz/charts/common/layout.ts';

describe('chartLayout', () => {
  it('keeps the on-screen width, so text keeps its pixel size', () => {
    const layout = chartLayout({ width: 800 });
    expect(layout.width).toBe(800);
    const { plot } = layout;
    expect(plot.left + plot.width).toBeLessThan(800);
    expect(plot.top + plot.height).toBeLessThan(layout.height);
    expect(plot.top).toBeGreaterThan(layout.titleY);
  });

  it('falls back to a usable width for a hidden or tiny container', () => {
    expect(chartLayout({ width: 0 }).width).toBe(640);
    expect(chartLayout({ width: 100 }).width).toBe(MIN_WIDTH);
  });

  it('bounds the plot height between laptop and projector sizes', () => {
    expect(chartLayout({ width: 320 }).plot.height).toBe(200);
    expect(chartLayout({ width: 3000 }).plot.height).toBe(380);
  });

  it('makes room for a right axis and for legend rows', () => {
    expect(chartLayout({ width: 800, rightAxis: true }).plot.width).toBeLessThan(
      chartLayout({ width: 800 }).plot.width,
    );
    const one = chartLayout({ width: 800, legend: ['a'] });
    const none = chartLayout({ width: 800 });
    expect(one.plot.top).toBeGreaterThan(none.plot.top);
    expect(one.legend[0].y).toBeLessThan(one.plot.top);
  });
});

describe('legendSlots', () => {
  it('lays entries out left to right and wraps before the right edge', () => {
    const labels = ['this run', 'average of runs', '90% of runs (5th–95th percentile)'];
    const wide = legendSlots(labels, 12, 1000);
    expect(new Set(wide.map((s) => s.y)).size).toBe(1);
    expect(wide[1].x).toBeGreaterThan(wide[0].x + estimateTextWidth('this run', 15));
    const narrow = legendSlots(labels, 12, 300);
    expect(narrow[2].y).toBeGreaterThan(narrow[0].y);
    expect(narrow[2].x).toBe(12);
  });
});

describe('labelSide and tickCount', () => {
  it('puts a label right of its line unless it would run off the plot', () => {
    expect(labelSide(100, 150, 600)).toBe('right');
    expect(labelSide(500, 150, 600)).toBe('left');
    expect(labelSide(100, 500, 300)).toBe('right'); // fits nowhere: stay right
  });

  it('fits a tick every 80 pixels, at least two', () => {
    expect(tickCount(800)).toBe(10);
    expect(tickCount(100)).toBe(2);
    expect(tickCount(300, 50)).toBe(6);
  });
});
