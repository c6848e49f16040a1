import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { fakeIo } from './fake-io.ts';

const ER = JSON.stringify({
  version: 1,
  name: 'ER sweep',
  seed: 4,
  graph: { generator: 'erdos-renyi', nodes: 4000, meanDegree: 4 },
  content: { model: 'independent-cascade', power: 0.3 },
  run: { runs: 150 },
  sweep: { x: { parameter: 'content.power', from: 0.1, to: 0.5, steps: 9 } },
});

async function ripple(...argv: string[]) {
  const { io, out } = fakeIo({ 'er.json': ER });
  const code = await main(argv, io);
  return { code, ...out };
}

describe('ripple sweep, one parameter', () => {
  it('estimates the critical value near theory’s 1/z, with its interval, and says what it sees', async () => {
    // Uses the scenario's own "sweep" section: no --param.
    const { code, stdout } = await ripple('sweep', 'er.json', '--workers', '2');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.parameter).toBe('content.power');
    expect(report.points).toHaveLength(9);
    expect(report.points[0].finalSizes).toHaveLength(150);
    const {
      criticalValueEstimate: onset,
      betterThanEvenPoint: even,
      theoryPrediction: theory,
    } = report;
    // Theory: T_c = ⟨k⟩/(⟨k²⟩ − ⟨k⟩), 1/z = 0.25 on an infinite ER graph; 4,000 nodes and 150 runs blur it by a few hundredths.
    expect(theory).toMatchObject({
      kind: 'percolation',
      source: expect.stringContaining('Newman'),
    });
    expect(theory.criticalValue).toBeCloseTo(0.25, 1);
    expect(Math.abs(onset.value - 0.25)).toBeLessThan(0.06);
    expect(onset.interval.low).toBeLessThanOrEqual(onset.value);
    expect(onset.interval.high).toBeGreaterThanOrEqual(onset.value);
    expect(onset.method).toContain('bootstrap');
    expect(even.value).toBeGreaterThan(onset.value);
    expect(report.susceptibilityPeak.value).toBeGreaterThan(0.15);
    expect(report.explanation).toMatch(/global cascades become possible/);
  });

  it('is reproducible to the last digit, on one thread or two', async () => {
    const a = await ripple(
      'sweep',
      'er.json',
      '--param',
      'content.power',
      '--values',
      '0.2,0.3',
      '--runs',
      '30',
    );
    const b = await ripple(
      'sweep',
      'er.json',
      '--param',
      'content.power',
      '--values',
      '0.2,0.3',
      '--runs',
      '30',
      '--workers',
      '2',
    );
    expect(b.stdout).toBe(a.stdout);
  });
});

describe('ripple sweep, two parameters', () => {
  it('gives the P(global) grid, and per row its own critical value and theory', async () => {
    const args = [
      'sweep',
      'er.json',
      '--param',
      'content.power',
      '--values',
      '0.1,0.3,0.5',
      '--param2',
      'graph.meanDegree',
      '--values2',
      '3,6',
      '--runs',
      '40',
    ];
    const { code, stdout } = await ripple(...args);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.x).toEqual({ parameter: 'content.power', values: [0.1, 0.3, 0.5] });
    expect(report.y).toEqual({ parameter: 'graph.meanDegree', values: [3, 6] });
    expect(report.pGlobalGrid).toHaveLength(2);
    expect(report.pGlobalGrid[1]).toEqual(
      report.points.slice(3).map((p: { pGlobal: { value: number } }) => p.pGlobal.value),
    );
    expect(report.rows.map((r: { y: number }) => r.y)).toEqual([3, 6]);
    // Denser friendships tip at a lower power: theory 1/z for each row's network.
    const [sparse, dense] = report.rows.map(
      (r: { theoryPrediction: { criticalValue: number } }) => r.theoryPrediction.criticalValue,
    );
    expect(sparse).toBeGreaterThan(dense);
    expect(report.rows[0]).toHaveProperty('criticalValueEstimate');
    expect(report.explanation).toContain('Each row is a sweep of content.power');
    const csv = await ripple(...args, '--format', 'csv');
    expect(csv.stdout.split('\n')[0]).toMatch(/^x,y,runs,meanReach,/);
    expect(csv.stdout.trim().split('\n')).toHaveLength(7);
  });

  it('explains what is missing or mixed up in the options', async () => {
    const noParam = await ripple('sweep', 'scenarios/tipping-point-er.json');
    expect(noParam.code).toBe(2);
    expect(noParam.stderr).toContain('or a "sweep" section in the scenario');
    expect(
      (await ripple('sweep', 'er.json', '--param2', 'seeding.count', '--values2', '1')).stderr,
    ).toContain('give the first with --param');
    expect(
      (
        await ripple(
          'sweep',
          'er.json',
          '--param',
          'content.power',
          '--values',
          '0.1',
          '--values2',
          '1',
        )
      ).stderr,
    ).toContain('add --param2');
    expect(
      (
        await ripple(
          'sweep',
          'er.json',
          '--param',
          'content.power',
          '--values',
          '0.1',
          '--param2',
          'seeding.count',
        )
      ).stderr,
    ).toContain('values to try for --param2');
    expect(
      (
        await ripple(
          'sweep',
          'er.json',
          '--param',
          'content.power',
          '--from',
          '0',
          '--to',
          '1',
          '--steps',
          '500',
        )
      ).stderr,
    ).toContain('--steps must be a whole number from 1 to 100');
    expect(
      (
        await ripple(
          'sweep',
          'er.json',
          '--param',
          'content.power',
          '--values',
          '0.1',
          '--param2',
          'content.power',
          '--values2',
          '0.2',
        )
      ).stderr,
    ).toContain('two different parameters');
  });
});
