import { describe, expect, it } from 'vitest';
import { colourBarLayout } from '../../../../src/viz/charts/heatmap/colour-bar.ts';
import {
  cellLabel,
  cellTextColour,
  describeHeatmap,
  fractionalIndex,
  type HeatmapData,
  heatCells,
  heatColour,
  isHeatmapEmpty,
  rowOnset,
  rowOnsets,
  thinIndices,
} from '../../../../src/viz/charts/heatmap/heatmap-model.ts';

const data: HeatmapData = {
  xLabel: 'propagation power',
  yLabel: 'seeds',
  xValues: [0.1, 0.2, 0.3, 0.4],
  yValues: [1, 5],
  pGlobal: [
    [0, 0, 0.4, 0.8],
    [0, 0.3, 0.9, null],
  ],
};

describe('heat map cells', () => {
  it('lists every cell, the ones not computed yet as null', () => {
    const cells = heatCells(data);
    expect(cells).toHaveLength(8);
    expect(cells[5]).toEqual({ xi: 1, yi: 1, p: 0.3 });
    expect(cells[7].p).toBeNull();
    expect(heatCells({ ...data, pGlobal: [[0, NaN]] }).filter((c) => c.p === null)).toHaveLength(7);
  });

  it('is empty only without values on an axis: a grid still to compute is drawn hatched', () => {
    expect(isHeatmapEmpty({ ...data, xValues: [] })).toBe(true);
    expect(isHeatmapEmpty({ ...data, pGlobal: [] })).toBe(false);
  });

  it('colours with cividis, dark for none and light for all, with readable text on each', () => {
    expect(heatColour(0)).toBe('rgb(0, 32, 81)');
    expect(heatColour(1)).toBe('rgb(253, 234, 69)');
    expect(heatColour(2)).toBe(heatColour(1));
    expect(cellTextColour(0.1)).toBe('white');
    expect(cellTextColour(0.9)).toBe('dark');
  });

  it('labels cells in whole percent without rounding rare events away', () => {
    expect(cellLabel(0)).toBe('0%');
    expect(cellLabel(0.004)).toBe('<1%');
    expect(cellLabel(0.996)).toBe('>99%');
    expect(cellLabel(0.625)).toBe('63%');
    expect(cellLabel(1)).toBe('100%');
  });

  it('thins the axis labels to fit', () => {
    expect(thinIndices(10, 4)).toEqual([0, 3, 6, 9]);
    expect(thinIndices(3, 10)).toEqual([0, 1, 2]);
  });
});

describe('row onsets', () => {
  it('finds where a rising row leaves zero, between computed neighbours', () => {
    expect(rowOnset(data.xValues, [0, 0, 0.4, 0.8])).toBeCloseTo(0.25, 12);
    expect(rowOnset(data.xValues, [0, null, 0.4, 0.8])).toBeNull();
    expect(rowOnset(data.xValues, [0.2, 0.5, 0.8, 0.9])).toBeNull();
    expect(rowOnset(data.xValues, [0, 0, 0, 0])).toBeNull();
    expect(rowOnset(data.xValues, [0, 0.1, 0, 0.5])).toBeCloseTo(0.15, 12);
  });

  it('finds where a falling row (threshold φ) reaches zero', () => {
    expect(rowOnset(data.xValues, [0.9, 0.4, 0, 0])).toBeCloseTo(0.25, 12);
    expect(rowOnset(data.xValues, [0.9, 0, 0.1, 0])).toBeCloseTo(0.35, 12);
  });

  it('uses the onsets given, computes them otherwise, and can hide them', () => {
    expect(rowOnsets(data).map((o) => o && Number(o.toFixed(6)))).toEqual([0.25, 0.15]);
    expect(rowOnsets({ ...data, rowOnsets: [0.22, null] })).toEqual([0.22, null]);
    expect(rowOnsets({ ...data, showOnsets: false })).toEqual([null, null]);
  });

  it('places a value between columns in index units', () => {
    expect(fractionalIndex(data.xValues, 0.25)).toBeCloseTo(1.5, 12);
    expect(fractionalIndex(data.xValues, 0.4)).toBe(3);
    expect(fractionalIndex(data.xValues, 0.5)).toBeNull();
    expect(fractionalIndex([5, 3, 1], 2)).toBeCloseTo(1.5, 12);
  });
});

describe('heat map words and colour bar', () => {
  it('says how far the grid is computed and where each row tips', () => {
    const { desc, caption } = describeHeatmap(data);
    expect(desc).toContain('7 of 8 cells computed so far.');
    expect(desc).toContain('The highest P(global), 90%, is at propagation power 0.3 and seeds 5.');
    expect(caption).toContain(
      'from dark blue (none) to yellow (all). Hatched cells are not computed yet.',
    );
    expect(caption).toContain(
      'with seeds 1, global cascades start near propagation power 0.25; with seeds 5, near propagation power 0.15.',
    );
    const full = describeHeatmap({
      ...data,
      pGlobal: [
        [0, 0, 1, 1],
        [0, 0, 1, 1],
      ],
    });
    expect(full.desc).toContain('All 8 cells computed.');
    expect(full.caption).not.toContain('Hatched');
    expect(full.caption).toContain(
      'in every row that has one, global cascades start near propagation power 0.25',
    );
  });

  it('puts the "not computed" swatch beside the colour bar, or below it when narrow', () => {
    expect(colourBarLayout(600, 'not computed yet')).toEqual({
      barWidth: 320,
      missing: { x: 344, y: 22 },
      height: 62,
    });
    expect(colourBarLayout(300, 'not computed yet')).toEqual({
      barWidth: 300,
      missing: { x: 0, y: 66 },
      height: 86,
    });
    expect(colourBarLayout(300, null).missing).toBeNull();
  });
});
