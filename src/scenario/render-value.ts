import { escapeUnsafe } from './plain-text.ts';

const MAX_STRING = 60;
const MAX_ITEMS = 3;
const MAX_LENGTH = 100;

/**
 * A short JSON-like rendering of a value found in a file, for problem reports: strings are
 * quoted and escaped, so control and direction-changing characters show as \u escapes.
 * The result is plain text for display with textContent, never as HTML.
 */
export function renderFound(value: unknown): string {
  const text = escapeUnsafe(render(value, 0));
  return text.length > MAX_LENGTH ? `${cut(text, MAX_LENGTH - 1)}…` : text;
}

function render(value: unknown, depth: number): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') {
    if (value.length <= MAX_STRING) return JSON.stringify(value);
    return `${JSON.stringify(`${cut(value, MAX_STRING)}…`)} (${value.length} characters)`;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null)
    return String(value);
  if (Array.isArray(value)) {
    if (depth > 0) return value.length ? '[…]' : '[]';
    const items = value.slice(0, MAX_ITEMS).map((item) => render(item, depth + 1));
    if (value.length > MAX_ITEMS) items.push(`… ${value.length} items`);
    return `[${items.join(', ')}]`;
  }
  if (typeof value === 'object') {
    const keys = Object.keys(value);
    if (depth > 0) return keys.length ? '{…}' : '{}';
    const entries = keys
      .slice(0, MAX_ITEMS)
      .map(
        (key) =>
          `${JSON.stringify(key)}: ${render((value as Record<string, unknown>)[key], depth + 1)}`,
      );
    if (keys.length > MAX_ITEMS) entries.push('…');
    return `{${entries.join(', ')}}`;
  }
  return `a ${typeof value}`;
}

/** The first `length` UTF-16 units, never splitting a surrogate pair. */
function cut(text: string, length: number): string {
  const code = text.charCodeAt(length - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length);
}
