import { formatCount } from '../format/index.ts';
import { duplicateKeyProblems } from './json-duplicate-keys.ts';
import { locateJsonError } from './json-error-position.ts';
import { LIMITS } from './limits.ts';
import { escapeUnsafe } from './plain-text.ts';
import type { Problem } from './problem.ts';

export type JsonTextResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly problems: Problem[] };

/**
 * Reads untrusted JSON text: refuses it before parsing when over the size limit, drops a
 * byte-order mark (some Windows editors add one), reports syntax errors with line and column,
 * and refuses a setting given twice in one object (JSON.parse would keep the last silently).
 * The value is not yet checked for unsafe keys: see cleanUntrusted.
 */
export function readJsonText(text: string): JsonTextResult {
  // A UTF-8 file has at least as many bytes as its text has UTF-16 units, so a long text is
  // refused without encoding it.
  const bytes = text.length > LIMITS.fileBytes ? undefined : new TextEncoder().encode(text).length;
  if (bytes === undefined || bytes > LIMITS.fileBytes) {
    return fail({
      path: '$',
      expected: `a file of at most ${formatCount(LIMITS.fileBytes)} bytes (1 MB)`,
      found:
        bytes === undefined
          ? `more than ${formatCount(LIMITS.fileBytes)} bytes`
          : `${formatCount(bytes)} bytes`,
      message: 'This file is too large to be a scenario (the limit is 1 MB); is it the right file?',
    });
  }
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const where = locateJsonError(body);
    const line = where?.line ?? 1;
    const column = where?.column ?? 1;
    const reason = where?.reason ?? (error as Error).message;
    return fail({
      path: '$',
      expected: 'valid JSON',
      found: snippet(lineAt(body, line), column),
      message: `The file is not valid JSON at line ${line}, column ${column}: ${reason}.`,
      line,
      column,
    });
  }
  const repeated = duplicateKeyProblems(body);
  return repeated.length > 0 ? { ok: false, problems: repeated } : { ok: true, value };
}

function fail(problem: Problem): JsonTextResult {
  return { ok: false, problems: [problem] };
}

/** The text around the error, as typed, with unsafe characters escaped. */
function snippet(line: string, column: number): string {
  const start = Math.max(0, column - 40);
  return escapeUnsafe(
    `${start > 0 ? '…' : ''}${line.slice(start, column + 20)}${column + 20 < line.length ? '…' : ''}`,
  );
}

function lineAt(text: string, line: number): string {
  return text.split('\n', line)[line - 1] ?? '';
}
