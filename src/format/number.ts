/**
 * Number formats for every text Ripple writes: the CLI's explanations and validation messages,
 * chart labels, captions and tables. Fixed 'en-US', so text is reproducible; "−" for a minus
 * sign and "–" for a value that does not exist (no runs, say).
 */

const MISSING = '–';

/**
 * A whole number with thousands separators, rounded half up: 12,345. The commas are put in
 * here, as toLocaleString('en-US') puts them: its first call loads the locale data, about
 * 20 ms of CPU, which every `ripple` command paid while its schema modules loaded.
 */
function whole(magnitude: number): string {
  const rounded = Math.round(magnitude);
  // From 1e21 String() switches to an exponent; toLocaleString writes every digit.
  if (rounded >= 1e21) return rounded.toLocaleString('en-US');
  return String(rounded).replace(/\B(?=(\d{3})+$)/g, ',');
}

/**
 * `digits` significant digits, rounded as toPrecision rounds (from the exact binary value, so
 * 0.1545 gives 0.154), written out without an exponent and without trailing zeros: 0.0000012.
 */
function significant(digits: number): (magnitude: number) => string {
  return (magnitude) => {
    const [mantissa, exponentText] = magnitude.toExponential(digits - 1).split('e');
    const figures = mantissa.replace('.', '');
    const point = Number(exponentText) + 1;
    const text =
      point <= 0
        ? `0.${'0'.repeat(-point)}${figures}`
        : `${figures.padEnd(point, '0').slice(0, point)}.${figures.slice(point)}`;
    return trimZeros(text);
  };
}

const threeSignificant = significant(3);
const twoSignificant = significant(2);

/** Up to six decimals, as share ticks need: 0.01, 12.5. */
function tickDecimals(magnitude: number): string {
  return trimZeros(magnitude.toFixed(6));
}

/** "12.50" → "12.5", "3.000" → "3", "40." → "40". */
function trimZeros(text: string): string {
  return text.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
}

/** Formats |x| and puts a minus in front when x is negative and its text is not zero. */
function signed(x: number, format: (magnitude: number) => string): string {
  const text = format(Math.abs(x));
  return x < 0 && /[1-9]/.test(text) ? `−${text}` : text;
}

/** A whole count with thousands separators: 12,345. */
export function formatCount(n: number): string {
  return Number.isFinite(n) ? signed(n, whole) : MISSING;
}

/** A statistic: whole numbers from 100 up (12,345), three significant digits below (41.3, 0.0123). */
export function formatStat(x: number): string {
  if (!Number.isFinite(x)) return MISSING;
  return signed(x, Math.abs(x) >= 100 ? whole : threeSignificant);
}

/** "a–b" with both ends formatted as statistics. */
export function formatRange(low: number, high: number): string {
  return `${formatStat(low)}–${formatStat(high)}`;
}

/** A share as a percentage with two significant digits: 62%, 5.3%, 0.05% (small shares never read 0%). */
export function formatPercent(share: number): string {
  return Number.isFinite(share) ? `${signed(share * 100, twoSignificant)}%` : MISSING;
}

/** A tick label for a share; ticks are round numbers, so no digits need trimming: 5%, 0.01%. */
export function formatShareTick(share: number): string {
  return `${signed(share * 100, tickDecimals)}%`;
}

/** A value exactly as given, with separators: 2000000 → "2,000,000", 0.1 → "0.1" (limits, ranges). */
export function formatExact(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 10 });
}

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

/** A p-value: "p < 0.001" or "p = 0.41" (two significant digits). */
export function formatP(p: number): string {
  return p < 0.001 ? 'p < 0.001' : `p = ${Number(p.toPrecision(2))}`;
}

/** The predicted tipping point of the propagation power (GraphStats.predictedThreshold). */
export function formatCriticalPower(threshold: number): string {
  if (!Number.isFinite(threshold)) return 'no threshold (∞)';
  const text = `critical power ≈ ${signed(threshold, twoSignificant)}`;
  return threshold > 1 ? `${text} (above 1: no content can tip it)` : text;
}
