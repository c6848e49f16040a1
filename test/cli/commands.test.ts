import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { parseGraph } from '../../src/graph/io/index.ts';
import { fakeIo } from './fake-io.ts';

const ER = 'scenarios/tipping-point-er.json';

describe('ripple sweep', () => {
  it('runs an ensemble per value; reach never falls as power rises (common random numbers)', async () => {
    const { io, out } = fakeIo();
    expect(
      await main(
        [
          'sweep',
          ER,
          '--param',
          'content.power',
          '--from',
          '0.1',
          '--to',
          '0.5',
          '--steps',
          '5',
          '--runs',
          '40',
        ],
        io,
      ),
    ).toBe(0);
    const report = JSON.parse(out.stdout);
    expect(report.values).toEqual([0.1, 0.2, 0.3, 0.4, 0.5]);
    const sizes: number[][] = report.points.map((p: { finalSizes: number[] }) => p.finalSizes);
    for (let i = 1; i < sizes.length; i++)
      for (const [run, s] of sizes[i].entries())
        expect(s).toBeGreaterThanOrEqual(sizes[i - 1][run]);
    expect(report.points[0].pGlobal.value).toBe(0);
    expect(report.points[4].pGlobal.value).toBeGreaterThan(0.4);
  });

  it('writes CSV with one row per value, and rejects an unknown parameter', async () => {
    const { io, out } = fakeIo();
    expect(
      await main(
        [
          'sweep',
          ER,
          '--param',
          'seeding.count',
          '--values',
          '1,3',
          '--runs',
          '10',
          '--format',
          'csv',
        ],
        io,
      ),
    ).toBe(0);
    expect(
      out.stdout
        .trim()
        .split('\n')
        .map((l) => l.split(',')[0]),
    ).toEqual(['value', '1', '3']);
    const bad = fakeIo();
    expect(await main(['sweep', ER, '--param', 'content.pwr', '--values', '0.1'], bad.io)).toBe(1);
    expect(bad.out.stderr).toContain('no parameter "content.pwr"');
  });

  it('refuses a value outside the parameter’s bounds with the scenario’s own message', async () => {
    const { io, out } = fakeIo();
    expect(await main(['sweep', ER, '--param', 'content.power', '--values', '0.5,2'], io)).toBe(1);
    expect(out.stderr).toContain('content.power = 2 does not make a valid scenario');
  });
});

describe('ripple graph', () => {
  it('writes the scenario’s network in the format its extension names', async () => {
    const { io, out } = fakeIo();
    expect(
      await main(['graph', 'scenarios/watts-threshold-cascade.json', '--out', 'g.graphml'], io),
    ).toBe(0);
    const { network } = parseGraph(out.written['g.graphml'], 'graphml', { directed: false });
    const stats = fakeIo();
    await main(['graph', 'scenarios/watts-threshold-cascade.json'], stats.io);
    const summary = JSON.parse(stats.out.stdout);
    expect(network.n).toBe(summary.nodes);
    expect(network.src.length).toBe(summary.edges);
    expect(summary.predictedThreshold).toBeGreaterThan(0);
  });
});

describe('ripple validate', () => {
  it('says which files are valid, lists problems of the others, and exits 1', async () => {
    const { io, out } = fakeIo({ 'broken.json': '{"version": 1, "name": ' });
    expect(await main(['validate', ER, 'broken.json'], io)).toBe(1);
    expect(out.stdout).toContain(`${ER}: valid`);
    expect(out.stdout).toMatch(/broken\.json has 1 problem:\n.*line 1/);
  });

  it('prints help, and exits 0', async () => {
    const { io, out } = fakeIo();
    expect(await main(['help'], io)).toBe(0);
    expect(out.stdout).toContain('ripple sweep FILE --param PATH');
  });
});
