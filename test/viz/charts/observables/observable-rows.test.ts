import { describe, expect, it } from 'vitest';
import type { EnsembleSummary } from '../../../../src/sim/ensemble-summary.ts';
import { summarize } from '../../../../src/sim/statistics.ts';
import {
  COLUMNS,
  OBSERVABLE_ROWS,
  observablesCaption,
  rowCells,
  tableTitle,
} from '../../../../src/viz/charts/observables/observable-rows.ts';

describe('observable rows', () => {
  it('covers every observable of the summary once, each with a unit and a definition', () => {
    expect(OBSERVABLE_ROWS.map((r) => r.key)).toEqual([
      'reach',
      'uniqueViewers',
      'impressions',
      'firstGeneration',
      'depth',
      'timeToPeak',
      'duration',
      'structuralVirality',
    ]);
    for (const row of OBSERVABLE_ROWS) {
      expect(row.unit).not.toBe('');
      expect(row.definition).toMatch(/\.$/);
    }
    expect(COLUMNS.map((c) => c.heading)).toEqual([
      'measure (unit)',
      'mean',
      'sd',
      'median',
      '5–95%',
      '95% CI of the mean',
    ]);
  });

  it('formats the five number cells, with people as a share of the network', () => {
    const reach = OBSERVABLE_ROWS[0];
    const depth = OBSERVABLE_ROWS.find((r) => r.key === 'depth')!;
    const s = summarize([100, 200, 300, 400, 500]);
    expect(rowCells(reach, s, 2000)).toEqual(['300 (15%)', '158', '300', '120–480', '161–439']);
    expect(rowCells(depth, summarize([2, 3, 4]), 2000)[0]).toBe('3');
  });

  it('titles and captions the table with the number of runs', () => {
    expect(tableTitle(1)).toBe('What happened across 1 run');
    expect(tableTitle(1500)).toBe('What happened across 1,500 runs');
    expect(observablesCaption({ runs: 500 } as EnsembleSummary)).toMatch(
      /^Each row is one measure of a run, summarised over 500 runs/,
    );
  });
});
