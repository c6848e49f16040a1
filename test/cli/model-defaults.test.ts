import { describe, expect, it } from 'vitest';
import { HELP } from '../../src/cli/help.ts';
import { main } from '../../src/cli/main.ts';
import { MODELS } from '../../src/models/index.ts';
import { fakeIo } from './fake-io.ts';

/** `ripple run --graph` on a small file (the default scenario: IC, power 0.1), 2 runs. */
async function run(...options: string[]) {
  const { io, out } = fakeIo({ [`${process.cwd()}/ring.txt`]: '0 1\n1 2\n2 3\n3 0\n' });
  const code = await main(['run', '--graph', 'ring.txt', '--runs', '2', ...options], io);
  const report = code === 0 ? JSON.parse(out.stdout) : null;
  return { code, report, stderr: out.stderr };
}

describe('no model parameter is set silently (issue 9, item 12)', () => {
  it('--model sir says it filled in γ, on stderr and in the report, and shows it in the model', async () => {
    const { report, stderr } = await run('--model', 'sir');
    const note = "--model sir filled in the model's default recovery 0.5; set it with --recovery.";
    expect(stderr).toContain(`note: ${note}`);
    expect(report.warnings).toContain(note);
    expect(report.model.recovery).toBe(0.5);
  });

  it('says nothing when the option is given, even with the default value', async () => {
    const { report, stderr } = await run('--model', 'sir', '--recovery', '0.5');
    expect(stderr).not.toContain('filled in');
    expect(report.warnings).toEqual([]);
  });

  it('--model lt names the rule and φ it filled in', async () => {
    const { stderr } = await run('--model', 'lt');
    expect(stderr).toContain(
      '--model lt filled in the model\'s default threshold {"rule":"fraction","phi":0.18}; set it with --threshold-rule or --threshold.',
    );
  });

  it('--weighting sets the tie weighting of IC and SIR (the last model number without an option)', async () => {
    expect((await run('--weighting', 'weighted-cascade')).report.model.weighting).toBe(
      'weighted-cascade',
    );
    const sir = await run('--model', 'sir', '--recovery', '1', '--weighting', 'weighted-cascade');
    expect(sir.report.model).toEqual({
      model: 'sir',
      power: 0.1,
      recovery: 1,
      weighting: 'weighted-cascade',
    });
    const bad = await run('--weighting', 'heavy');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--weighting must be tie-strength or weighted-cascade');
  });

  it('every number of every model (as the report shows it) has an option, whose default help gives', async () => {
    for (const model of MODELS) {
      const { report } = await run('--model', model.cliName);
      const set = new Set(model.cli.options.map((o) => o.sets));
      for (const key of Object.keys(report.model).filter((k) => k !== 'model'))
        expect(set, `${model.name}: ${key}`).toContain(key);
      for (const option of model.cli.options) {
        const [, after] = HELP.split(`--${option.name} ${option.value}`);
        expect(after.split('\n')[1].trim()).toBe(`default: ${option.fallback}`);
      }
    }
  });
});
