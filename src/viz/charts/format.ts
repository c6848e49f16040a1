import { format } from 'd3';

/** Number formatting shared by chart labels, descriptions, captions and the table. */

const thousands = format(',.0f');
const threeSignificant = format('.3~r');
const twoSignificant = format('.2~r');

/** A whole count with thousands separators: 12,345. */
export function formatCount(n: number): string {
  return Number.isFinite(n) ? thousands(n) : '–';
}

/** A statistic: whole numbers from 100 up (12,345), three significant digits below (12.3, 0.0123). */
export function formatStat(x: number): string {
  if (!Number.isFinite(x)) return '–';
  if (x === 0) return '0';
  return Math.abs(x) >= 100 ? thousands(x) : threeSignificant(x);
}

/** A share as a percentage with two significant digits: 17%, 5.3%, 0.05%. */
export function formatPercent(share: number): string {
  return Number.isFinite(share) ? `${twoSignificant(share * 100)}%` : '–';
}

/** A tick label for a share; ticks are round numbers, so no digits need trimming: 5%, 0.1%. */
export const formatShareTick = format('~%');

/**
 * A probability with two significant digits of whichever is smaller, p or 1 − p, so values
 * near 0 and near 1 both stay informative: 0.31, 0.004, 0.9962; exactly 0 and 1 print as such.
 */
export function formatProbability(p: number): string {
  if (!Number.isFinite(p)) return 'n/a';
  if (p <= 0 || p >= 1) return String(Math.min(1, Math.max(0, p)));
  const smaller = Math.min(p, 1 - p);
  const decimals = Math.max(2, Math.ceil(-Math.log10(smaller)) + 1);
  return p.toFixed(decimals).replace(/0+$/, '').replace(/\.$/, '');
}

/** "P(global) = 0.31 (95% CI 0.27–0.35)". */
export function formatPGlobal(pGlobal: {
  readonly value: number;
  readonly ci95: readonly [number, number];
}): string {
  const [lo, hi] = pGlobal.ci95;
  return `P(global) = ${formatProbability(pGlobal.value)} (95% CI ${formatProbability(lo)}–${formatProbability(hi)})`;
}

/** The predicted tipping point of the propagation power (GraphStats.predictedThreshold). */
export function formatCriticalPower(threshold: number): string {
  if (!Number.isFinite(threshold)) return 'no threshold (∞)';
  const text = `critical power ≈ ${twoSignificant(threshold)}`;
  return threshold > 1 ? `${text} (above 1: no content can tip it)` : text;
}

/** "3–620": a range of two statistics. */
export function formatRange(lo: number, hi: number): string {
  return `${formatStat(lo)}–${formatStat(hi)}`;
}
