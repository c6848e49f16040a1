import { schemaProblems } from './issue-problems.ts';
import { readJsonText } from './json-text.ts';
import { migrate } from './migrate.ts';
import type { Problem, ScenarioWarning } from './problem.ts';
import { type Scenario, scenarioSchema } from './scenario-schema.ts';
import { scenarioWarnings } from './scenario-warnings.ts';
import { cleanUntrusted } from './untrusted.ts';

export type ScenarioResult =
  | { readonly ok: true; readonly scenario: Scenario; readonly warnings: ScenarioWarning[] }
  | { readonly ok: false; readonly problems: Problem[] };

/** Reads a scenario file's text: every problem it has, or the scenario with defaults filled in. */
export function parseScenario(text: string): ScenarioResult {
  const json = readJsonText(text);
  return json.ok ? validateScenario(json.value) : json;
}

/**
 * Checks an already-parsed, untrusted value (from JSON.parse, a message, storage): cleans
 * it, migrates it from older versions, validates it, and lists every problem found. The
 * value passed in is never modified.
 */
export function validateScenario(value: unknown): ScenarioResult {
  const clean = cleanUntrusted(value);
  if (!clean.ok) return clean;
  const migrated = migrate(clean.value);
  if (!migrated.ok) return { ok: false, problems: [...clean.problems, ...migrated.problems] };
  const result = scenarioSchema.safeParse(migrated.value);
  // Problem paths refer to the migrated file, which is the current format's shape.
  const fromSchema = result.success
    ? []
    : schemaProblems(result.error.issues, migrated.value, scenarioSchema);
  const problems = [...clean.problems, ...fromSchema];
  if (!result.success || problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    scenario: result.data,
    warnings: [...migrated.warnings, ...scenarioWarnings(result.data)],
  };
}
