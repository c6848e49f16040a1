import { formatCount } from './number.ts';

/** “A”, “B” and “C”. */
export function formatList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A label in typographic quotes, as the verdicts name strategies. */
export function quoted(label: string): string {
  return `“${label}”`;
}

/** ["a", "b", "c"] → `"a", "b", "c"`: values as they are written in a scenario file. */
export function quotedList(items: readonly unknown[]): string {
  return items.map((item) => JSON.stringify(item)).join(', ');
}

/** 1, 'step' → "1 step"; 3, 'step' → "3 steps". */
export function plural(count: number, noun: string): string {
  return `${formatCount(count)} ${noun}${count === 1 ? '' : 's'}`;
}
