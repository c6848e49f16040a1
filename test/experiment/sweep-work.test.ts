import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planSweep } from '../../src/experiment/sweep-plan.ts';
import { shardRange, totalWork, workPieces } from '../../src/experiment/sweep-work.ts';
import { smallEr } from './helpers.ts';

describe('shards of a sweep', () => {
  it('cover every (point, run) exactly once, in order, for any number of parts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 40 }),
        (runs, xs, ys, parts) => {
          const plan = planSweep(
            smallEr({ run: { runs } }, 50),
            {
              parameter: 'content.power',
              values: Array.from({ length: xs }, (_, i) => 0.1 + i / 10),
            },
            { parameter: 'seeding.count', values: Array.from({ length: ys }, (_, i) => i + 1) },
          );
          const total = totalWork(plan);
          expect(total).toBe(runs * xs * ys);
          const seen = Array.from({ length: parts }, (_, i) =>
            workPieces(plan, ...shardRange(total, i + 1, parts)),
          )
            .flat()
            .flatMap((p) =>
              Array.from({ length: p.to - p.from }, (_, k) => `${p.point}:${p.from + k}`),
            );
          const whole = workPieces(plan, 0, total).flatMap((p) =>
            Array.from({ length: p.to - p.from }, (_, k) => `${p.point}:${p.from + k}`),
          );
          expect(seen).toEqual(whole);
          expect(new Set(whole).size).toBe(total);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('planSweep', () => {
  const powers = { parameter: 'content.power', values: [0.1, 0.2, 0.3] };

  it('lists points row by row (one row per y value) and runs them in that order', () => {
    const plan = planSweep(smallEr(), powers, { parameter: 'seeding.count', values: [1, 2] });
    expect(plan.points.map((p) => [p.x, p.y, p.row])).toEqual([
      [0.1, 1, 0],
      [0.2, 1, 0],
      [0.3, 1, 0],
      [0.1, 2, 1],
      [0.2, 2, 1],
      [0.3, 2, 1],
    ]);
    expect(plan.order).toEqual([0, 1, 2, 3, 4, 5]);
    expect(plan.points[4].scenario.content).toMatchObject({ power: 0.2 });
    expect(plan.points[4].scenario.seeding).toMatchObject({ count: 2 });
  });

  it('runs column by column when only x changes the graph, so each network is built once', () => {
    const degrees = { parameter: 'graph.meanDegree', values: [2, 4, 6] };
    const plan = planSweep(smallEr(), degrees, { parameter: 'content.power', values: [0.1, 0.2] });
    expect(plan.order).toEqual([0, 3, 1, 4, 2, 5]);
    expect(plan.rowScenarios.map((s) => s.content)).toMatchObject([{ power: 0.1 }, { power: 0.2 }]);
    expect(planSweep(smallEr(), powers, degrees).order).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('refuses too many values, too many points, one parameter twice and invalid values', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
    expect(() => planSweep(smallEr(), { parameter: 'seeding.count', values: many(101) })).toThrow(
      '1 to 100 values',
    );
    expect(() =>
      planSweep(
        smallEr(),
        { parameter: 'seeding.count', values: many(50) },
        { parameter: 'run.runs', values: many(41) },
      ),
    ).toThrow('at most 2000 points');
    expect(() => planSweep(smallEr(), powers, powers)).toThrow('two different parameters');
    expect(() => planSweep(smallEr(), { parameter: 'content.power', values: [2] })).toThrow(
      'content.power = 2 does not make a valid scenario',
    );
  });
});
