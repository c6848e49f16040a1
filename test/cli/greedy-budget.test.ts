import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { fakeIo } from './fake-io.ts';

/** A scenario seeded by greedy CELF on an Erdős–Rényi graph of `nodes`, mean degree 4. */
const greedy = (nodes: number, power: number, count: number) =>
  JSON.stringify({
    version: 1,
    name: 'greedy',
    seed: 1,
    graph: { generator: 'erdos-renyi', nodes, meanDegree: 4 },
    content: { model: 'independent-cascade', power },
    seeding: { strategy: 'greedy-celf', count },
    run: { runs: 20 },
  });

async function ripple(files: Record<string, string>, ...argv: string[]) {
  const { io, out } = fakeIo(files);
  const code = await main(argv, io);
  return { code, ...out };
}

describe('greedy seeding on the command line', () => {
  it('states its expected cost up front, then runs when it is within the budget', async () => {
    const { code, stdout, stderr } = await ripple(
      { 'small.json': greedy(150, 0.3, 2) },
      'run',
      'small.json',
    );
    expect(code).toBe(0);
    expect(stderr).toMatch(
      /^Greedy seeding \(2 seeds among 150 candidates\) will score about [\d,]+ seed sets on 200 runs each: (under a second|about \d+ s) of work, give or take a factor of 2 or 3\.\n$/,
    );
    expect(JSON.parse(stdout).seeds).toHaveLength(2);
  });

  it('refuses past the budget, saying how long and what to do, unless --allow-slow', async () => {
    // 5,000 people above the tipping point: every candidate's cascade is large (many minutes).
    const files = { 'big.json': greedy(5000, 0.4, 3) };
    const { code, stdout, stderr } = await ripple(files, 'run', 'big.json');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/will score about [\d,]+ seed sets on 200 runs each: about \d+ min/);
    expect(stderr).toContain(
      'ripple: That is past the 60 s that greedy seeding may take without --allow-slow. Run again with --allow-slow',
    );
    expect(stderr).toContain('or choose degree-discount');
    // The same for every command that seeds: a comparison's variant, a sweep's point.
    const sweep = await ripple(
      files,
      'sweep',
      'big.json',
      '--param',
      'content.power',
      '--values',
      '0.4',
    );
    expect(sweep.code).toBe(1);
    expect(sweep.stderr).toContain('--allow-slow');
  });

  it('takes --allow-slow as an option of its own, not a value', async () => {
    // A graph with one person too many for greedy: refused for its size, after the option is read.
    const { code, stderr } = await ripple(
      { 'huge.json': greedy(5001, 0.1, 1) },
      'run',
      'huge.json',
      '--allow-slow',
    );
    expect(code).toBe(1);
    expect(stderr).toContain('limited to 5,000 nodes');
  });
});
