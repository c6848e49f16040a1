import type { z } from 'zod';
import { quotedList } from '../format/index.ts';
import { describeExpected, knownKeys, tagValues } from './describe-expected.ts';
import { formatPath, valueAt } from './json-path.ts';
import type { Problem } from './problem.ts';
import { renderFound } from './render-value.ts';
import { schemaAt } from './schema-introspect.ts';
import { closestName } from './suggest.ts';

/**
 * The problems of all of zod's issues, one per mistake. Once a value has the wrong type, checks
 * of its length or size say nothing more (an empty list where a name belongs is not also "too
 * few items"), and two checks failing alike (a number past both the safe-integer limit and the
 * maximum) give one problem, not the same line twice.
 */
export function schemaProblems(
  issues: readonly z.core.$ZodIssue[],
  root: unknown,
  schema: z.ZodType,
): Problem[] {
  const wrongType = new Set(
    issues.filter((i) => i.code === 'invalid_type').map((i) => formatPath(i.path)),
  );
  const seen = new Set<string>();
  return issues
    .filter((i) => i.code === 'invalid_type' || !wrongType.has(formatPath(i.path)))
    .flatMap((issue) => issueProblems(issue, root, schema))
    .filter((problem) => {
      const key = `${problem.path}\n${problem.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/**
 * Turns one zod issue into problems a student can act on: where (JSON path), what was
 * expected (read from the schema at that path), what was found (read from the file) and a
 * sentence. An issue about several unknown keys becomes one problem per key.
 */
function issueProblems(issue: z.core.$ZodIssue, root: unknown, schema: z.ZodType): Problem[] {
  const { path } = issue;
  const value = valueAt(root, path);
  const found = renderFound(value);
  const node = schemaAt(schema, path, root);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeys(node);
      return issue.keys.map((key) => ({
        path: formatPath([...path, key]),
        expected: `one of the settings here: ${known.join(', ')}`,
        found: renderFound(key),
        message: `${renderFound(key)} is not a setting Ripple knows here${didYouMean(key, known, `the settings here are ${known.join(', ')}.`)}`,
      }));
    }
    case 'custom': {
      const params = (issue.params ?? {}) as { expected?: string; found?: string };
      return [
        {
          path: formatPath(path),
          expected: params.expected ?? 'something else',
          found: params.found ?? found,
          message: issue.message,
        },
      ];
    }
    case 'invalid_union':
      if (issue.discriminator !== undefined)
        return [
          tagProblem(tagValues(schemaAt(schema, path.slice(0, -1), root)), path, value, found),
        ];
  }
  const expected = node ? describeExpected(node) : issue.message;
  return [
    {
      path: formatPath(path),
      expected,
      found,
      message: sentence(issue, path, value, found, expected),
    },
  ];
}

/** A missing or unknown tag of a discriminated union: "generator", "model", "strategy"... */
function tagProblem(
  choices: string[],
  path: readonly PropertyKey[],
  value: unknown,
  found: string,
): Problem {
  const tag = String(path[path.length - 1]);
  const expected = `one of ${quotedList(choices)}`;
  const message =
    value === undefined
      ? `Say which ${tag} to use: add "${tag}" with ${expected}.`
      : `${found} is not a known ${tag}${typeof value === 'string' ? didYouMean(value, choices, `use ${expected}.`) : `; use ${expected}.`}`;
  return { path: formatPath(path), expected, found, message };
}

/** "; did you mean "nodes"?" for a likely typo, otherwise "; " + the other advice (a full stop included). */
function didYouMean(wrong: string, known: readonly string[], otherwise: string): string {
  const guess = closestName(wrong, known);
  return guess === undefined ? `; ${otherwise}` : `; did you mean "${guess}"?`;
}

function sentence(
  issue: z.core.$ZodIssue,
  path: readonly PropertyKey[],
  value: unknown,
  found: string,
  expected: string,
): string {
  const last = path[path.length - 1];
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `"${String(last)}" is missing; add it: ${expected}.`;
      return `Expected ${expected}, but found ${found}.${quotedHint(issue.expected, value)}`;
    case 'too_big':
    case 'too_small': {
      const big = issue.code === 'too_big';
      if (typeof value === 'string')
        return `This text is too ${big ? 'long' : 'short'} (${value.length} characters): expected ${expected}.`;
      if (Array.isArray(value))
        return `This list has too ${big ? 'many' : 'few'} items (${value.length}): expected ${expected}.`;
      return `${found} is too ${big ? 'large' : 'small'}: expected ${expected}.`;
    }
    case 'invalid_value': {
      const advice = `expected ${expected}.`;
      return `${found} is not allowed here${typeof value === 'string' ? didYouMean(value, issue.values.map(String), advice) : `; ${advice}`}`;
    }
    case 'invalid_format':
      return (
        'This text contains a control character or a direction-changing character (shown as \\u escapes); ' +
        'only plain text, line breaks and tabs are allowed.'
      );
    default:
      return `Expected ${expected}, but found ${found}.`;
  }
}

/** "2000" where a number belongs: the quotes are the mistake. */
function quotedHint(expected: string, value: unknown): string {
  if (typeof value !== 'string') return '';
  if (
    (expected === 'number' || expected === 'int') &&
    value.trim() !== '' &&
    Number.isFinite(Number(value))
  )
    return ' Write numbers without quotes.';
  if (expected === 'boolean' && (value === 'true' || value === 'false'))
    return ' Write true and false without quotes.';
  return '';
}
