import { ticks } from 'd3';

/** Tick values for counts that only exist as whole numbers (steps, people). */
export function integerTicks(lo: number, hi: number, count: number): number[] {
  return ticks(lo, hi, count).filter(Number.isInteger);
}

/**
 * Tick values for a log axis on [lo, hi]: the powers of ten inside it, plus 2× and 5× of each
 * decade when fewer than three powers fit (a narrow range would otherwise show one tick or none).
 */
export function logTicks(lo: number, hi: number): number[] {
  if (!(lo > 0) || !(hi >= lo)) return [];
  const first = Math.floor(Math.log10(lo));
  const last = Math.ceil(Math.log10(hi));
  const inside = (v: number): boolean => v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9);
  const powers: number[] = [];
  for (let e = first; e <= last; e++) powers.push(e < 0 ? 1 / 10 ** -e : 10 ** e);
  const multiples = powers.filter(inside).length >= 3 ? [1] : [1, 2, 5];
  return powers.flatMap((p) => multiples.map((m) => m * p)).filter(inside);
}
