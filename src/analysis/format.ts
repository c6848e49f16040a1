/** Number formatting for the plain-language explanations (fixed 'en-US', so text is reproducible). */

/** Three significant digits below 100 ("0.256", "41.3"), whole numbers with separators above ("4,000"). */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (Math.abs(x) >= 100) return Math.round(x).toLocaleString('en-US');
  return String(Number(x.toPrecision(3)));
}

/** A share as a percentage: "62%", and one decimal below 10% ("0.3%") so small shares are not shown as 0%. */
export function formatPercent(share: number): string {
  const pct = share * 100;
  if (pct > 0 && pct < 10) return `${Number(pct.toPrecision(2))}%`;
  return `${Math.round(pct)}%`;
}

/** "p < 0.001" or "p = 0.41" (two significant digits). */
export function formatP(p: number): string {
  return p < 0.001 ? 'p < 0.001' : `p = ${Number(p.toPrecision(2))}`;
}

/** "a–b" with both ends formatted alike. */
export function formatRange(low: number, high: number): string {
  return `${formatNumber(low)}–${formatNumber(high)}`;
}

/** “A”, “B” and “C”. */
export function formatList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A label in typographic quotes, as the verdicts name strategies. */
export function quoted(label: string): string {
  return `“${label}”`;
}
