/** 2000000 → "2,000,000", 0.1 → "0.1": limits read at a glance. */
export function formatNumber(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 10 });
}

/** A count, rounded: 3.2e9 → "3,200,000,000". */
export function formatCount(value: number): string {
  return formatNumber(Math.round(value));
}

/** ["a", "b", "c"] → `"a", "b", "c"`. */
export function quotedList(items: readonly unknown[]): string {
  return items.map((item) => JSON.stringify(item)).join(', ');
}

/** 1, 'step' → "1 step"; 3, 'step' → "3 steps". */
export function plural(count: number, noun: string): string {
  return `${formatCount(count)} ${noun}${count === 1 ? '' : 's'}`;
}
