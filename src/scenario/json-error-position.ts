/** Where a JSON text first goes wrong, and why, in words for the person who typed it. */
export interface JsonErrorLocation {
  /** 1-based line and column (column in UTF-16 code units, as editors count). */
  readonly line: number;
  readonly column: number;
  readonly reason: string;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

type Want =
  | 'value'
  | 'value-or-close'
  | 'key'
  | 'key-or-close'
  | 'colon'
  | 'comma-or-close'
  | 'end';

/**
 * JSON.parse's own messages differ between engines and often give no position, so a small
 * scanner walks the text with the JSON grammar (RFC 8259) and reports the first error.
 * Iterative, with an explicit stack, so deeply nested input cannot overflow the call stack.
 * Returns null for valid JSON.
 */
export function locateJsonError(text: string): JsonErrorLocation | null {
  const stack: string[] = [];
  let want: Want = 'value';
  let i = 0;
  const fail = (at: number, reason: string) => locate(text, at, reason);
  const afterValue = (): Want => (stack.length ? 'comma-or-close' : 'end');
  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
    if (i >= text.length) {
      if (want === 'end') return null;
      return fail(
        i,
        stack.length
          ? `the file ends before the ${stack.at(-1) === '{' ? 'object' : 'list'} is closed`
          : 'the file is empty',
      );
    }
    const c = text[i];
    if (want === 'end') return fail(i, 'there is more text after the end of the scenario');
    if (want === 'colon') {
      if (c !== ':') return fail(i, 'expected ":" after the setting name');
      i++;
      want = 'value';
    } else if (want === 'comma-or-close') {
      const close = stack.at(-1) === '{' ? '}' : ']';
      if (c === ',') want = close === '}' ? 'key' : 'value';
      else if (c === close) stack.pop();
      else return fail(i, `expected "," or "${close}" here (is a comma missing?)`);
      i++;
      if (c !== ',') want = afterValue();
    } else if (want === 'key' || want === 'key-or-close') {
      if (c === '}' && want === 'key-or-close') {
        stack.pop();
        i++;
        want = afterValue();
        continue;
      }
      if (c !== '"')
        return fail(
          i,
          c === '}'
            ? 'a comma before "}": remove the last comma'
            : 'expected a setting name in double quotes',
        );
      const end = scanString(text, i);
      if (typeof end !== 'number') return fail(end.at, end.reason);
      i = end;
      want = 'colon';
    } else if (c === ']' && want === 'value-or-close') {
      stack.pop();
      i++;
      want = afterValue();
    } else if (c === '{' || c === '[') {
      stack.push(c);
      i++;
      want = c === '{' ? 'key-or-close' : 'value-or-close';
    } else {
      const end = scanScalar(text, i);
      if (typeof end !== 'number') return fail(end.at, end.reason);
      i = end;
      want = afterValue();
    }
  }
}

type Scan = number | { at: number; reason: string };

function scanScalar(text: string, i: number): Scan {
  const c = text[i];
  if (c === '"') return scanString(text, i);
  for (const word of ['true', 'false', 'null'])
    if (text.startsWith(word, i)) return i + word.length;
  NUMBER.lastIndex = i;
  if (NUMBER.test(text)) return NUMBER.lastIndex;
  if (c === ']') return { at: i, reason: 'a comma before "]": remove the last comma' };
  if (c === '}' || c === ',') return { at: i, reason: 'a value is missing here' };
  if (c === "'") return { at: i, reason: 'text must be in double quotes ("), not single quotes' };
  if (c === '/') return { at: i, reason: 'comments are not allowed in JSON' };
  return {
    at: i,
    reason: /[A-Za-z]/.test(c)
      ? 'text must be in double quotes'
      : `unexpected character ${JSON.stringify(c)}`,
  };
}

function scanString(text: string, start: number): Scan {
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20)
      return {
        at: i,
        reason: 'a line break or control character inside text; write \\n for a line break',
      };
    if (code === 0x5c) {
      ESCAPE.lastIndex = i;
      if (!ESCAPE.test(text))
        return {
          at: i,
          reason: 'a backslash starts an unknown escape; write \\\\ for a backslash',
        };
      i = ESCAPE.lastIndex;
    } else i++;
  }
  return { at: start, reason: 'this text is never closed with a double quote' };
}

function locate(text: string, at: number, reason: string): JsonErrorLocation {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: at - lineStart + 1, reason };
}
