import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatCriticalPower,
  formatPercent,
  formatPGlobal,
  formatProbability,
  formatRange,
  formatShareTick,
  formatStat,
} from '../../src/format/index.ts';

describe('formatProbability: two significant digits of the smaller of p and 1 − p', () => {
  it('prints the middle range with two decimals, trailing zeros trimmed', () => {
    expect(formatProbability(0.31)).toBe('0.31');
    expect(formatProbability(0.3)).toBe('0.3');
    expect(formatProbability(0.27312)).toBe('0.27');
    expect(formatProbability(0.5)).toBe('0.5');
  });

  it('keeps small probabilities and those near 1 informative', () => {
    expect(formatProbability(0.004)).toBe('0.004');
    expect(formatProbability(0.00761)).toBe('0.0076');
    expect(formatProbability(0.05)).toBe('0.05');
    expect(formatProbability(0.9962)).toBe('0.9962');
    expect(formatProbability(0.995)).toBe('0.995');
  });

  it('prints exactly 0 and 1 as such, and n/a for no runs', () => {
    expect(formatProbability(0)).toBe('0');
    expect(formatProbability(1)).toBe('1');
    expect(formatProbability(NaN)).toBe('n/a');
  });
});

describe('formatPGlobal', () => {
  it('reads like the annotation on the reach histogram', () => {
    expect(formatPGlobal({ value: 0.31, ci95: [0.27, 0.35] })).toBe(
      'P(global) = 0.31 (95% CI 0.27–0.35)',
    );
    expect(formatPGlobal({ value: 0, ci95: [0, 0.0076] })).toBe('P(global) = 0 (95% CI 0–0.0076)');
  });
});

describe('formatCriticalPower', () => {
  it('gives the predicted threshold with two significant digits', () => {
    expect(formatCriticalPower(0.05)).toBe('critical power ≈ 0.05');
    expect(formatCriticalPower(0.05347)).toBe('critical power ≈ 0.053');
    expect(formatCriticalPower(0.25)).toBe('critical power ≈ 0.25');
  });

  it('says when there is no threshold, or one no content can reach', () => {
    expect(formatCriticalPower(Infinity)).toBe('no threshold (∞)');
    expect(formatCriticalPower(1.4)).toBe('critical power ≈ 1.4 (above 1: no content can tip it)');
  });
});

describe('number formats', () => {
  it('formats counts with separators', () => {
    expect(formatCount(12345)).toBe('12,345');
    expect(formatCount(0)).toBe('0');
    expect(formatCount(NaN)).toBe('–');
  });

  it('formats statistics: whole from 100, three significant digits below', () => {
    expect(formatStat(12345.6)).toBe('12,346');
    expect(formatStat(312.4)).toBe('312');
    expect(formatStat(12.345)).toBe('12.3');
    expect(formatStat(1.2)).toBe('1.2');
    expect(formatStat(0.012345)).toBe('0.0123');
    expect(formatStat(0)).toBe('0');
    expect(formatStat(-3.5)).toBe('−3.5');
    expect(formatStat(NaN)).toBe('–');
    expect(formatRange(3, 620.4)).toBe('3–620');
  });

  it('formats shares as percentages with two significant digits', () => {
    expect(formatPercent(0.171)).toBe('17%');
    expect(formatPercent(0.053)).toBe('5.3%');
    expect(formatPercent(0.0005)).toBe('0.05%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatShareTick(0.05)).toBe('5%');
    expect(formatShareTick(0.0001)).toBe('0.01%');
  });
});

describe('formatCount puts in the separators toLocaleString would, without loading locale data', () => {
  const localeCount = (n: number): string => {
    const text = Math.round(Math.abs(n)).toLocaleString('en-US');
    return n < 0 && /[1-9]/.test(text) ? `−${text}` : text;
  };

  it('agrees on any finite number, whole or not, up to and past the exponent threshold', () => {
    const number = fc.oneof(
      fc.integer({ min: -1e9, max: 1e9 }),
      fc.double({ min: -1e25, max: 1e25, noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: -2e6, max: 2e6 }).map((k) => k + 0.5),
      fc.constantFrom(999, 1000, 999_999.5, 1e21 - 65_536, 1e21, -0, 0.49),
    );
    fc.assert(fc.property(number, (n) => formatCount(n) === localeCount(n)));
  });

  it('groups from the right', () => {
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(100000)).toBe('100,000');
    expect(formatCount(-1000.4)).toBe('−1,000');
  });
});
