import { describe, expect, it } from 'vitest';
import { globalByFirstWave } from '../../src/analysis/index.ts';
import { prepareExperiment } from '../../src/experiment/experiment.ts';
import { ensembleReport, runsCsv } from '../../src/experiment/report.ts';
import { summarizeEnsemble } from '../../src/sim/ensemble-summary.ts';
import { runLocally } from '../../src/workers/local-executor.ts';
import { smallEr } from './helpers.ts';

describe('ensembleReport: the one results document of `ripple run` and the app’s JSON export', () => {
  it('holds the set-up, the summary and P(global) by first wave, in that order', async () => {
    const experiment = prepareExperiment(smallEr({ run: { runs: 30, globalFraction: 0.05 } }));
    const records = await runLocally(experiment.csr, experiment.task);
    const report = ensembleReport(experiment, records);
    const summary = summarizeEnsemble(records, 1000, 0.05);
    expect(report).toMatchObject({
      scenario: 'Small ER',
      seed: 3,
      network: { nodes: 1000, directed: false },
      seeds: { random: 1, freshEachRun: true },
      warnings: [],
      ...summary,
    });
    expect(report.firstWave).toEqual(globalByFirstWave(records, 1000, 0.05));
    expect(report.firstWave.rows.reduce((sum, row) => sum + row.runs, 0)).toBe(30);
    expect(Object.keys(report)).toEqual([
      'scenario',
      'seed',
      'network',
      'model',
      'seeds',
      'warnings',
      ...Object.keys(summary),
      'firstWave',
    ]);
  });

  it('has a CSV companion with one row per run', async () => {
    const experiment = prepareExperiment(smallEr());
    const records = await runLocally(experiment.csr, experiment.task);
    const lines = runsCsv(records).trimEnd().split('\n');
    expect(lines[0]).toBe(
      'run,reach,uniqueViewers,impressions,firstGeneration,depth,timeToPeak,duration,structuralVirality',
    );
    expect(lines).toHaveLength(21);
    expect(lines[1].split(',')[0]).toBe('0');
  });
});
