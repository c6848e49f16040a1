import { estimateTextWidth } from './layout.ts';

/** Line height of notes, in pixels, for text at FONT_SIZE.note. */
export const NOTE_LINE = 19;

/** Greedy word wrap to lines no wider than `width` (by the layout's width estimate); a word longer than a line gets a line of its own. */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && estimateTextWidth(next, fontSize) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** A label cut to fit `width`, ending in an ellipsis when cut. */
export function fitLabel(label: string, width: number, fontSize: number): string {
  if (estimateTextWidth(label, fontSize) <= width) return label;
  let n = label.length;
  while (n > 1 && estimateTextWidth(`${label.slice(0, n)}…`, fontSize) > width) n--;
  return `${label.slice(0, n).trimEnd()}…`;
}
