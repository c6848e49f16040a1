import { formatPath } from './json-path.ts';
import { LIMITS } from './limits.ts';
import type { Problem } from './problem.ts';

/** Keys that reach into JavaScript's object machinery; no scenario setting has these names. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type CleanResult =
  | { readonly ok: true; readonly value: unknown; readonly problems: Problem[] }
  | { readonly ok: false; readonly problems: Problem[] };

/**
 * A copy of an untrusted parsed value with only plain data: forbidden keys are dropped and
 * each reported as a problem (validation goes on, to list every other problem too), so
 * nothing downstream can be tricked into writing through `__proto__` (prototype pollution).
 * Nesting deeper than the limit stops everything: no scenario is that deep, and the copy
 * must not overflow the call stack (this also stops reference cycles).
 */
export function cleanUntrusted(value: unknown): CleanResult {
  const problems: Problem[] = [];
  let tooDeep: PropertyKey[] | undefined;

  const copy = (current: unknown, path: PropertyKey[]): unknown => {
    // JSON text may say -0, but JSON.stringify writes it as 0; keeping it would break round trips.
    if (Object.is(current, -0)) return 0;
    if (typeof current !== 'object' || current === null || tooDeep) return current;
    if (path.length >= LIMITS.depth) {
      tooDeep = path;
      return undefined;
    }
    if (Array.isArray(current)) return current.map((item, i) => copy(item, [...path, i]));
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(current)) {
      if (FORBIDDEN_KEYS.has(key)) {
        problems.push({
          path: formatPath([...path, key]),
          expected: 'a setting name other than __proto__, constructor and prototype',
          found: JSON.stringify(key),
          message: `"${key}" is a reserved name that scenario files may not use; remove it.`,
        });
      } else {
        out[key] = copy((current as Record<string, unknown>)[key], [...path, key]);
      }
    }
    return out;
  };

  const clean = copy(value, []);
  if (tooDeep) {
    return {
      ok: false,
      problems: [
        {
          path: formatPath(tooDeep),
          expected: `at most ${LIMITS.depth} levels of nested objects and lists`,
          found: 'deeper nesting',
          message: `The file nests objects or lists more than ${LIMITS.depth} levels deep; a scenario needs about 4.`,
        },
      ],
    };
  }
  return { ok: true, value: clean, problems };
}
