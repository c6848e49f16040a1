import { SCENARIO_VERSION } from './limits.ts';
import type { Problem, ScenarioWarning } from './problem.ts';
import { renderFound } from './render-value.ts';

type RawScenario = Record<string, unknown>;

/** Upgrades a raw file of version v to version v + 1 (and sets `version` to v + 1). */
export type Migration = (raw: RawScenario) => RawScenario;

/**
 * MIGRATIONS[v] turns a version-v file into version v + 1. Version 1 is the first format,
 * so there is nothing to migrate yet; a format change adds an entry here and bumps
 * SCENARIO_VERSION, so files saved by any older Ripple keep opening.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export type MigrateResult =
  | { readonly ok: true; readonly value: RawScenario; readonly warnings: ScenarioWarning[] }
  | { readonly ok: false; readonly problems: Problem[] };

/** Brings a raw (parsed, cleaned, not yet validated) scenario up to the current version. */
export function migrate(
  raw: unknown,
  current = SCENARIO_VERSION,
  migrations = MIGRATIONS,
): MigrateResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    const expected = 'an object { "version": 1, "name": …, "graph": …, "content": … }';
    return fail('$', expected, raw, 'A scenario file holds one JSON object, starting with "{".');
  }
  const record = raw as RawScenario;
  const { version } = record;
  if (version === undefined) {
    return versionProblem(
      `the format version, ${current}`,
      version,
      `The file has no "version"; add "version": ${current} at the top.`,
    );
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    const message = `The "version" of this file is not readable; it should be a whole number such as ${current}.`;
    return versionProblem(`a whole number such as ${current}`, version, message);
  }
  if (version > current) {
    const message = `This file was made by a newer Ripple (version ${version}); this Ripple reads version ${current}. Update Ripple to open it.`;
    return versionProblem(`version ${current} or older`, version, message);
  }
  let value = record;
  for (let v = version; v < current; v++) {
    const step = migrations[v];
    if (!step) {
      return versionProblem(
        `version ${current}`,
        version,
        `This Ripple cannot read version ${version} files any more (no way to upgrade version ${v}).`,
      );
    }
    value = step(value);
  }
  const upgraded = `This file was written in format version ${version} and was upgraded to version ${current}; saving it writes the new format.`;
  return {
    ok: true,
    value,
    warnings: version < current ? [{ path: '$.version', message: upgraded }] : [],
  };
}

function versionProblem(expected: string, found: unknown, message: string): MigrateResult {
  return fail('$.version', expected, found, message);
}

function fail(path: string, expected: string, found: unknown, message: string): MigrateResult {
  return { ok: false, problems: [{ path, expected, found: renderFound(found), message }] };
}
