import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { fakeIo } from './fake-io.ts';

const ER = 'scenarios/tipping-point-er.json';

async function ripple(...argv: string[]) {
  const { io, out } = fakeIo();
  const code = await main(argv, io);
  return { code, ...out };
}

describe('ripple run', () => {
  it('prints every run’s final size, reach statistics and P(global) as JSON', async () => {
    const { code, stdout } = await ripple('run', ER, '--runs', '60');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.finalSizes).toHaveLength(60);
    expect(report.reach.mean).toBeCloseTo(
      report.finalSizes.reduce((a: number, b: number) => a + b, 0) / 60,
      9,
    );
    expect(report.pGlobal.value).toBe(
      report.finalSizes.filter((s: number) => s >= report.pGlobal.minReach).length / 60,
    );
    expect(report.network).toEqual({ nodes: 10000, edges: expect.any(Number), directed: false });
  });

  it('is reproducible to the last digit from the seed, and changes with it', async () => {
    const a = await ripple('run', ER, '--runs', '40', '--rng-seed', '7');
    const b = await ripple('run', ER, '--runs', '40', '--rng-seed', '7');
    const c = await ripple('run', ER, '--runs', '40', '--rng-seed', '8');
    expect(a.stdout).toBe(b.stdout);
    expect(c.stdout).not.toBe(a.stdout);
  });

  it('gives the same results on 2 worker threads as on one', async () => {
    const one = await ripple('run', ER, '--runs', '80');
    const two = await ripple('run', ER, '--runs', '80', '--workers', '2');
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });

  it('writes one CSV row per run', async () => {
    const { stdout } = await ripple('run', ER, '--runs', '5', '--format', 'csv');
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe(
      'run,reach,uniqueViewers,impressions,firstGeneration,depth,timeToPeak,duration,structuralVirality',
    );
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['0', '1', '2', '3', '4']);
  });

  it('applies overrides: model, threshold, explicit seeds, runs', async () => {
    const { code, stdout } = await ripple(
      'run',
      ER,
      '--model',
      'lt',
      '--threshold',
      '0.5',
      '--seeds',
      '3,4',
      '--runs',
      '3',
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.model).toEqual({
      model: 'linear-threshold',
      threshold: { rule: 'fraction', phi: 0.5 },
    });
    expect(report.seeds).toEqual([
      { node: '3', step: 0 },
      { node: '4', step: 0 },
    ]);
    // A fixed threshold and fixed seeds leave nothing to chance: every run is the same.
    expect(new Set(report.finalSizes).size).toBe(1);
  });

  it('runs an edge list given with --graph and no scenario, keeping its labels', async () => {
    const { io, out } = fakeIo({
      [`${process.cwd()}/friends.txt`]: '# friends\nana ben\nben cleo 0.5\ncleo dan\n',
    });
    const code = await main(
      ['run', '--graph', 'friends.txt', '--power', '1', '--seeds', 'ana', '--runs', '2'],
      io,
    );
    expect(out.stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(out.stdout);
    expect(report.network).toEqual({ nodes: 4, edges: 3, directed: false });
    expect(report.finalSizes).toEqual([4, 4]);
  });
});

describe('ripple run: mistakes', () => {
  it('lists every problem of a bad scenario with its JSON path and exits 1', async () => {
    const { io, out } = fakeIo({
      'bad.json': JSON.stringify({
        version: 1,
        name: 'x',
        graph: { generator: 'erdos-renyi', nodes: 1e9, meanDegree: 4 },
        content: { model: 'independent-cascade', power: 1.5 },
        extra: 1,
      }),
    });
    expect(await main(['run', 'bad.json'], io)).toBe(1);
    expect(out.stderr).toContain('bad.json has 3 problems');
    expect(out.stderr).toContain('$.graph.nodes');
    expect(out.stderr).toContain('2,000,000');
    expect(out.stderr).toContain('$.content.power');
    expect(out.stderr).toContain('$.extra');
    expect(out.stdout).toBe('');
  });

  it.each([
    [['run', 'missing.json'], 2, 'Cannot read "missing.json": there is no such file.'],
    [['run', ER, '--power', 'abc'], 2, '--power needs a number, but got "abc".'],
    [['run', ER, '--model', 'xx'], 2, '--model must be ic, lt or sir'],
    [['run', ER, '--workers', '0'], 2, '--workers must be a whole number from 1 to 64'],
    [['run', ER, '--threshold', '0.2'], 2, '--threshold applies only to the threshold model'],
    [
      ['run', ER, '--seeds', '99999'],
      1,
      'Seed node 99999 does not exist: the network has nodes 0 to 9999.',
    ],
    [['run', ER, '--bogus'], 2, "Unknown option '--bogus'"],
    [['frobnicate'], 2, '"frobnicate" is not a ripple command'],
    [['run'], 2, 'Name a scenario file'],
  ])('%j exits %i with a clear message', async (argv, exitCode, message) => {
    const { code, stderr } = await ripple(...(argv as string[]));
    expect(code).toBe(exitCode);
    expect(stderr).toContain(message);
    expect(stderr).not.toMatch(/at .*\.ts:\d+/); // no stack traces for mistakes
  });
});
