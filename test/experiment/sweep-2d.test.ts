import { describe, expect, it } from 'vitest';
import { prepareExperiment } from '../../src/experiment/experiment.ts';
import { createLocalBuilder } from '../../src/experiment/local-builder.ts';
import { setParameter } from '../../src/experiment/set-parameter.ts';
import { runSweep, runSweep2d } from '../../src/experiment/sweep.ts';
import { planSweep } from '../../src/experiment/sweep-plan.ts';
import { assembleSweep } from '../../src/experiment/sweep-result.ts';
import { type PointRecords, runSweepWork } from '../../src/experiment/sweep-run.ts';
import { workPieces } from '../../src/experiment/sweep-work.ts';
import { validateScenario } from '../../src/scenario/index.ts';
import { runLocally } from '../../src/workers/local-executor.ts';
import { smallEr } from './helpers.ts';

const options = { execute: runLocally, build: createLocalBuilder() };

describe('runSweep2d', () => {
  const x = { parameter: 'content.power', values: [0.2, 0.4] };
  const y = { parameter: 'graph.meanDegree', values: [2, 5] };

  it('gives each grid point the ensemble a single run of that scenario gives (same seed, same runs)', async () => {
    const base = smallEr();
    const result = await runSweep2d(base, x, y, options);
    expect(result.points.map((p) => [p.x, p.y])).toEqual([
      [0.2, 2],
      [0.4, 2],
      [0.2, 5],
      [0.4, 5],
    ]);
    for (const point of result.points) {
      const scenario = setParameter(
        setParameter(base, y.parameter, point.y!),
        x.parameter,
        point.x,
      );
      const experiment = prepareExperiment(scenario);
      const records = await runLocally(experiment.csr, experiment.task);
      expect(point.summary.finalSizes).toEqual(records.map((r) => r.reach));
    }
  });

  it('keeps the facts of each row’s network for its theory', async () => {
    const result = await runSweep2d(smallEr(), x, y, options);
    expect(result.rowFacts.map((f) => Math.round(f.degree.meanDegree))).toEqual([2, 5]);
    expect(result.rowFacts[0]).toMatchObject({
      nodes: 1000,
      meanTieStrength: 1,
      degree: { directed: false },
    });
  });

  it('a 1-D sweep is its one-row case', async () => {
    const one = await runSweep(smallEr(), 'content.power', [0.2, 0.4], options);
    const two = await runSweep2d(smallEr(), x, null, options);
    expect(one).toEqual(two);
    expect(one.plan.y).toBeNull();
  });
});

describe('network reuse', () => {
  it('builds the network once when no graph parameter changes', async () => {
    const checked = validateScenario({
      version: 1,
      name: 'File',
      graph: { generator: 'file', path: 'g.txt' },
      content: { model: 'independent-cascade', power: 0.3 },
      run: { runs: 5 },
    });
    if (!checked.ok) throw new Error('invalid');
    let reads = 0;
    const readFile = () => (reads++, '0 1\n1 2\n2 3\n3 0\n');
    await runSweep2d(
      checked.scenario,
      { parameter: 'content.power', values: [0.1, 0.5, 0.9] },
      { parameter: 'seeding.count', values: [1, 2] },
      { ...options, build: createLocalBuilder(readFile) },
    );
    expect(reads).toBe(1);
  });
});

describe('assembling a sweep from parts', () => {
  it('summarises a point only from all its runs, and refuses runs given twice or missing', async () => {
    const plan = planSweep(smallEr({ run: { runs: 4 } }), {
      parameter: 'content.power',
      values: [0.3],
    });
    const pieces: PointRecords[] = [];
    const rows = await runSweepWork(plan, workPieces(plan, 0, 4), options, (p) => pieces.push(p));
    const [whole] = pieces;
    const half = (from: number, to: number) => ({
      ...whole,
      records: whole.records.slice(from, to),
    });
    const joined = assembleSweep(plan, [
      { points: [half(2, 4)], rows: [] },
      { points: [half(0, 2)], rows },
    ]);
    expect(joined).toEqual(assembleSweep(plan, [{ points: [whole], rows }]));
    expect(() => assembleSweep(plan, [{ points: [half(0, 3), half(2, 4)], rows }])).toThrow(
      'given twice',
    );
    expect(() => assembleSweep(plan, [{ points: [whole, half(0, 1)], rows }])).toThrow(
      'given twice',
    );
    expect(() => assembleSweep(plan, [{ points: [half(0, 3)], rows }])).toThrow('missing runs');
  });
});
