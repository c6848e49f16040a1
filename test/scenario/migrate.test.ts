import { describe, expect, it } from 'vitest';
import { migrate, SCENARIO_VERSION, validateScenario } from '../../src/scenario/index.ts';
import { minimal, problemsOf } from './helpers.ts';

describe('scenario versions', () => {
  it('refuses a file from a newer Ripple, saying which versions are involved', () => {
    expect(problemsOf({ ...minimal(), version: 2 })).toEqual([
      {
        path: '$.version',
        expected: 'version 1 or older',
        found: '2',
        message:
          'This file was made by a newer Ripple (version 2); this Ripple reads version 1. Update Ripple to open it.',
      },
    ]);
  });

  it('explains a missing or garbled version', () => {
    const { version: _version, ...unversioned } = minimal();
    expect(problemsOf(unversioned)[0]).toMatchObject({
      path: '$.version',
      found: 'nothing',
      message: expect.stringContaining('add "version": 1'),
    });
    for (const version of ['1', 1.5, 0, -3, null]) {
      expect(problemsOf({ ...minimal(), version })[0]).toMatchObject({
        path: '$.version',
        expected: 'a whole number such as 1',
      });
    }
  });

  it('refuses a file that is not an object', () => {
    for (const value of [[], 'scenario', 42, null]) expect(problemsOf(value)[0].path).toBe('$');
  });

  it('has nothing to migrate in version 1', () => {
    expect(SCENARIO_VERSION).toBe(1);
    const result = validateScenario(minimal());
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('applies the migration table step by step, then warns that the file was upgraded', () => {
    const migrations = {
      1: (raw: Record<string, unknown>) => ({ ...raw, version: 2, title: raw.name }),
      2: ({ title, ...raw }: Record<string, unknown>) => ({ ...raw, version: 3, heading: title }),
    };
    const result = migrate({ version: 1, name: 'old' }, 3, migrations);
    expect(result).toEqual({
      ok: true,
      value: { version: 3, name: 'old', heading: 'old' },
      warnings: [{ path: '$.version', message: expect.stringContaining('upgraded to version 3') }],
    });
  });

  it('says so when an old version can no longer be upgraded', () => {
    const result = migrate({ version: 1 }, 2, {});
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0].message).toContain('cannot read version 1');
  });
});
