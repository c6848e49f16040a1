import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { fakeIo } from './fake-io.ts';

/** `ripple run --graph` on a small file (the default scenario: IC, power 0.1), 2 runs. */
async function run(...options: string[]) {
  const { io, out } = fakeIo({
    [`${process.cwd()}/ring.txt`]: '0 1\n1 2\n2 3\n3 4\n4 5\n5 0\n0 3\n',
  });
  const code = await main(['run', '--graph', 'ring.txt', '--runs', '2', ...options], io);
  return { code, model: code === 0 ? JSON.parse(out.stdout).model : null, stderr: out.stderr };
}

describe('model options of ripple run/sweep/compare/graph (from the model registry)', () => {
  it('switches model with its defaults in the report, keeping the power: --model sir', async () => {
    expect((await run('--model', 'sir')).model).toEqual({
      model: 'sir',
      power: 0.1,
      recovery: 0.5,
      weighting: 'tie-strength',
    });
    expect((await run('--model', 'sir', '--power', '0.3', '--recovery', '0.25')).model).toEqual({
      model: 'sir',
      power: 0.3,
      recovery: 0.25,
      weighting: 'tie-strength',
    });
  });

  it('sets the threshold rule: --threshold-rule count|fraction|uniform-random, --threshold', async () => {
    const lt = (threshold: unknown) => ({ model: 'linear-threshold', threshold });
    expect((await run('--model', 'lt')).model).toEqual(lt({ rule: 'fraction', phi: 0.18 }));
    expect((await run('--model', 'lt', '--threshold', '0.3')).model).toEqual(
      lt({ rule: 'fraction', phi: 0.3 }),
    );
    expect((await run('--model', 'lt', '--threshold-rule', 'count')).model).toEqual(
      lt({ rule: 'count', count: 2 }),
    );
    expect(
      (await run('--model', 'lt', '--threshold-rule', 'count', '--threshold', '3')).model,
    ).toEqual(lt({ rule: 'count', count: 3 }));
    expect((await run('--model', 'lt', '--threshold-rule', 'uniform-random')).model).toEqual(
      lt({ rule: 'uniform-random' }),
    );
  });

  it.each([
    [
      ['--recovery', '0.5'],
      2,
      '--recovery applies only to SIR with interest decay: add --model sir.',
    ],
    [
      ['--threshold-rule', 'count'],
      2,
      '--threshold-rule applies only to the threshold model: add --model lt.',
    ],
    [
      ['--model', 'lt', '--power', '0.2'],
      2,
      '--power applies only to the independent cascade or SIR with interest decay: add --model ic or sir.',
    ],
    [
      ['--model', 'lt', '--threshold-rule', 'most'],
      2,
      '--threshold-rule must be fraction, count or uniform-random (got "most").',
    ],
    [
      ['--model', 'lt', '--threshold-rule', 'uniform-random', '--threshold', '0.2'],
      2,
      '--threshold takes no value with --threshold-rule uniform-random',
    ],
    [['--model', 'sir', '--recovery', 'x'], 2, '--recovery needs a number, but got "x".'],
    [['--model', 'sir', '--recovery', '0'], 1, '$.content.recovery'],
    [
      ['--model', 'lt', '--threshold-rule', 'count', '--threshold', '1.5'],
      1,
      '$.content.threshold.count',
    ],
  ])('%j exits %i: %s', async (options, exitCode, message) => {
    const { code, stderr } = await run(...(options as string[]));
    expect(code).toBe(exitCode);
    expect(stderr).toContain(message);
  });
});
