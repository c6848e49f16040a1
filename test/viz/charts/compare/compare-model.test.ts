import { describe, expect, it } from 'vitest';
import { type ComparisonVerdict, compareVariants } from '../../../../src/analysis/index.ts';
import {
  axisTitle,
  comparePanels,
  costsDiffer,
  describeCompare,
  isCompareEmpty,
  labelColumn,
  panelTops,
} from '../../../../src/viz/charts/compare/compare-model.ts';
import { summaryOf } from '../common/lab-fixtures.ts';

const N = 1000;
const sizes = (runs: number, global: number, big: number, small: number) =>
  Array.from({ length: runs }, (_, i) => (i < global ? big + (i % 7) : small + (i % 3)));
const verdict = (costs: [number, number, number]): ComparisonVerdict =>
  compareVariants([
    {
      label: 'one opinion leader',
      seeds: 1,
      cost: costs[0],
      summary: summaryOf(sizes(60, 20, 800, 1), N),
    },
    {
      label: 'many small accounts',
      seeds: 10,
      cost: costs[1],
      summary: summaryOf(sizes(60, 45, 850, 2), N),
    },
    { label: 'random', seeds: 10, cost: costs[2], summary: summaryOf(sizes(60, 30, 800, 2), N) },
  ]);

describe('compare panels', () => {
  it('draws reach and P(global), and reach per cost only when the costs differ', () => {
    const same = verdict([10, 10, 10]);
    expect(costsDiffer(same)).toBe(false);
    expect(comparePanels(same).map((p) => p.key)).toEqual(['reach', 'pGlobal']);
    const priced = verdict([50, 10, 10]);
    expect(comparePanels(priced).map((p) => p.key)).toEqual(['reach', 'pGlobal', 'perCost']);
  });

  it('carries each strategy’s value and 95% interval, on an axis from 0 to a round number', () => {
    const v = verdict([50, 10, 10]);
    const [reach, pGlobal, perCost] = comparePanels(v);
    expect(reach.bars[1].value).toBeCloseTo(v.rows[1].meanReach, 9);
    expect(reach.bars[1].low).toBeCloseTo(v.rows[1].reachCi.low, 9);
    expect(reach.max).toBe(800);
    expect(pGlobal.max).toBe(1);
    expect(pGlobal.bars[1].value).toBe(0.75);
    expect(perCost.bars[0].value).toBeCloseTo(v.rows[0].meanReach / 50, 9);
    expect(isCompareEmpty(v)).toBe(false);
  });

  it('clips intervals at zero: a reach is never negative', () => {
    const v = verdict([10, 10, 10]);
    const low = { ...v, rows: [{ ...v.rows[0], reachCi: { low: -3, high: 5 } }] };
    expect(comparePanels(low)[0].bars[0].low).toBe(0);
  });
});

describe('compare layout and words', () => {
  it('sizes the label column to the longest name, within 40% of the chart', () => {
    expect(labelColumn(['random'], 640)).toBe(62);
    expect(labelColumn(['a'], 640)).toBe(60);
    expect(labelColumn(['many small accounts'], 640)).toBe(163);
    expect(labelColumn(['x'.repeat(80)], 400)).toBe(160);
  });

  it('stacks one panel per measure, each tall enough for all the strategies', () => {
    expect(panelTops(3, 2)).toEqual({ tops: [0, 164], panelHeight: 96, height: 314 });
  });

  it('shortens an axis title that does not fit under a narrow panel', () => {
    const [, pGlobal] = comparePanels(verdict([10, 10, 10]));
    expect(axisTitle(pGlobal, 400)).toBe('P(global): share of runs that went global');
    expect(axisTitle(pGlobal, 150)).toBe('P(global)');
  });

  it('uses the verdict as the caption and lists every strategy in the description', () => {
    const v = verdict([50, 10, 10]);
    const { desc, caption } = describeCompare(v);
    expect(caption).toBe(v.verdict);
    expect(v.best).toBe('many small accounts');
    expect(desc).toContain('many small accounts (most reach): 10 seeds, cost 10, mean reach');
    expect(desc).toContain('one opinion leader: 1 seed, cost 50');
    expect(desc).toContain('people per unit of cost.');
  });
});
