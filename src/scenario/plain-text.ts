/**
 * Characters refused in scenario text and escaped wherever Ripple echoes text back: control
 * characters other than tab and line feed (invisible in an editor, able to rewrite a
 * terminal line) and the bidirectional overrides U+202A–U+202E and U+2066–U+2069 (they make
 * text display in another order than it reads, the "Trojan Source" trick).
 */
const UNSAFE = '\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069';

/** Matches text free of unsafe characters; also the `pattern` in the JSON Schema. */
export const PLAIN_TEXT = new RegExp(`^[^${UNSAFE}]*$`);

/**
 * Half of a character: a UTF-16 surrogate without its partner. JSON's \u escapes can write
 * one, but it is no character at all, and it breaks UTF-8 output and XML; refused in text.
 */
export const LONE_SURROGATE =
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const UNSAFE_CHAR = new RegExp(`[${UNSAFE}]|${LONE_SURROGATE.source}`, 'g');

/** Text with each unsafe character (or lone surrogate) written as a \u escape, safe to show. */
export function escapeUnsafe(text: string): string {
  return text.replace(UNSAFE_CHAR, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
