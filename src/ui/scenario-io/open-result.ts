import type { Problem, ScenarioResult } from '../../scenario/index.ts';

/** What opening a scenario gives, from any source (file, link, autosave, example). */
export type OpenResult = ScenarioResult;

/** A scenario refused as a whole, before its JSON is read (size, encoding, damaged link). */
export function refused(expected: string, found: string, message: string): OpenResult {
  const problem: Problem = { path: '$', expected, found, message };
  return { ok: false, problems: [problem] };
}
