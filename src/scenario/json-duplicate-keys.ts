import { formatPath } from './json-path.ts';
import type { Problem } from './problem.ts';
import { renderFound } from './render-value.ts';

interface Frame {
  readonly object: boolean;
  /** For an object: each key seen so far, with the line it was first given on. */
  readonly keys: Map<string, number>;
  /** The current key (object) or index (list). */
  at: string | number;
  expectKey: boolean;
}

/**
 * Settings given twice in one object. JSON.parse keeps the last silently, so a file saying
 * "power": 0.1 and, further down, "power": 0.9 would run with 0.9 while the reader sees 0.1.
 * Walks text that JSON.parse accepted, with an explicit stack (no recursion on deep input),
 * comparing keys as JSON reads them ("\u0061" is "a"). One problem per repeat, with its line.
 */
export function duplicateKeyProblems(text: string): Problem[] {
  const problems: Problem[] = [];
  const stack: Frame[] = [];
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const top = stack[stack.length - 1];
    if (c === '\n') line++;
    else if (c === '{' || c === '[') {
      stack.push({ object: c === '{', keys: new Map(), at: 0, expectKey: c === '{' });
    } else if (c === '}' || c === ']') stack.pop();
    else if (c === ',' && top) {
      if (top.object) top.expectKey = true;
      else (top.at as number)++;
    } else if (c === '"') {
      const end = closingQuote(text, i);
      if (top?.object && top.expectKey) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        const first = top.keys.get(key);
        if (first === undefined) top.keys.set(key, line);
        else problems.push(repeated(stack, key, first, line));
        top.at = key;
        top.expectKey = false;
      }
      i = end;
    }
  }
  return problems;
}

/** The index of the quote that closes the string opening at `start` (the text is valid JSON). */
function closingQuote(text: string, start: number): number {
  let i = start + 1;
  while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i;
}

function repeated(stack: readonly Frame[], key: string, first: number, line: number): Problem {
  const path = formatPath([...stack.slice(0, -1).map((frame) => frame.at), key]);
  const name = renderFound(key);
  const where = first === line ? `on line ${line}` : `on line ${first} and on line ${line}`;
  return {
    path,
    expected: 'each setting given once',
    found: `${name} twice, ${where}`,
    message: `${name} is given twice, ${where}; only one can count, so remove the other.`,
    line,
  };
}
