import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { fakeIo } from './fake-io.ts';

const FILE = 'scenarios/spread-vs-packed-communities.json';

async function ripple(...argv: string[]) {
  const { io, out } = fakeIo();
  const code = await main(argv, io);
  return { code, ...out };
}

describe('ripple compare', () => {
  it('gives a row per variant with its cost, every pair’s test, and a plain-language verdict', async () => {
    const { code, stdout } = await ripple('compare', FILE, '--runs', '40');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.rows.map((r: { label: string }) => r.label)).toEqual([
      'one seed per community',
      'ten seeds in one community',
    ]);
    expect(report.rows.map((r: { cost: number }) => r.cost)).toEqual([10, 10]);
    expect(report.best).toBe('one seed per community');
    expect(report.pairs).toHaveLength(1);
    expect(report.pairs[0].significant).toBe(true);
    expect(report.verdict).toMatch(/“one seed per community” reached the most/);
    expect(report.variants[1].finalSizes).toHaveLength(40);
  });

  it('writes CSV with one row per variant, identical on two threads', async () => {
    const one = await ripple('compare', FILE, '--runs', '20', '--format', 'csv');
    const two = await ripple('compare', FILE, '--runs', '20', '--format', 'csv', '--workers', '2');
    expect(two.stdout).toBe(one.stdout);
    const lines = one.stdout.trim().split('\n');
    expect(lines[0]).toBe(
      'label,seeds,cost,runs,meanReach,meanReachLow95,meanReachHigh95,pGlobal,pGlobalLow95,pGlobalHigh95,reachPerCost,reachPerCostLow95,reachPerCostHigh95',
    );
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual([
      'one seed per community',
      'ten seeds in one community',
    ]);
  });

  it('needs a compare section', async () => {
    const { code, stderr } = await ripple('compare', 'scenarios/tipping-point-er.json');
    expect(code).toBe(1);
    expect(stderr).toContain('needs a "compare" section');
  });
});

describe('ripple run, first wave', () => {
  it('adds P(global) by the size of the first wave', async () => {
    const { stdout } = await ripple('run', 'scenarios/tipping-point-er.json', '--runs', '60');
    const { firstWave, finalSizes } = JSON.parse(stdout);
    expect(firstWave.rows.reduce((sum: number, r: { runs: number }) => sum + r.runs, 0)).toBe(
      finalSizes.length,
    );
    expect(firstWave.rows[0]).toMatchObject({
      firstGeneration: 0,
      runs: expect.any(Number),
      pGlobal: expect.any(Number),
      ci95: { low: expect.any(Number), high: expect.any(Number) },
    });
    expect(firstWave.explanation).toEqual(expect.any(String));
  });
});
