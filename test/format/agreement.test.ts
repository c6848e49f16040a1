import { format } from 'd3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount, formatPercent, formatShareTick, formatStat } from '../../src/format/index.ts';

/*
 * Ripple had three number-format modules; these properties pin the one that replaced them to
 * what each wrote before, over the values each was given: the charts' d3 formats for any
 * finite number, and the CLI explanations' toPrecision texts for the non-negative values they
 * print (sweep values, reaches, shares). Both round from the exact binary value, so 0.1545
 * (a grid value) prints as 0.154, not 0.155.
 */

const finite = fc.oneof(
  fc.double({ min: -1e15, max: 1e15, noNaN: true }),
  fc
    .integer({ min: 0, max: 3000 })
    .chain((k) => fc.integer({ min: 1, max: 3000 }).map((d) => k / d)),
  fc.constantFrom(0.1545, 0.2375, 28.95, 99.5, 99.95, 1234.5, 1e-7),
);
const nonNegative = finite.map(Math.abs);
const share = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.integer({ min: 0, max: 2000 }).map((k) => k / 2000),
);

/** The CLI's three significant digits: toPrecision, written as a plain number. */
function cliStat(x: number): string {
  if (Math.abs(x) >= 100) return Math.round(x).toLocaleString('en-US');
  return String(Number(x.toPrecision(3)));
}

/** The CLI's percentages: whole from 10%, two significant digits below. */
function cliPercent(share: number): string {
  const pct = share * 100;
  if (pct > 0 && pct < 10) return `${Number(pct.toPrecision(2))}%`;
  return `${Math.round(pct)}%`;
}

describe('the format module writes what the charts wrote with d3', () => {
  it('statistics: d3 ",.0f" from 100, ".3~r" below', () => {
    const [wholeFormat, threeFormat] = [format(',.0f'), format('.3~r')];
    fc.assert(
      fc.property(finite, (x) => {
        expect(formatStat(x)).toBe(
          x === 0 ? '0' : Math.abs(x) >= 100 ? wholeFormat(x) : threeFormat(x),
        );
      }),
    );
  });

  it('counts, percentages and share ticks', () => {
    const [countFormat, twoFormat, tickFormat] = [format(',.0f'), format('.2~r'), format('~%')];
    fc.assert(
      fc.property(finite, (x) => {
        expect(formatCount(x)).toBe(countFormat(x));
        expect(formatPercent(x)).toBe(`${twoFormat(x * 100)}%`);
        expect(formatShareTick(x)).toBe(tickFormat(x));
      }),
    );
  });
});

describe('the format module writes what the CLI explanations wrote', () => {
  it('statistics, for values from 1e-6 up (toPrecision turns smaller ones into 1e-7)', () => {
    fc.assert(
      fc.property(nonNegative, (x) => {
        fc.pre(x === 0 || x >= 1e-6);
        expect(formatStat(x)).toBe(cliStat(x));
      }),
    );
  });

  it('percentages of shares', () => {
    fc.assert(
      fc.property(share, (s) => {
        fc.pre(s === 0 || s >= 1e-8);
        expect(formatPercent(s)).toBe(cliPercent(s));
      }),
    );
  });

  it('small values in plain decimals, where toPrecision would switch to an exponent', () => {
    expect(formatStat(1.234e-7)).toBe('0.000000123');
    expect(formatPercent(2e-9)).toBe('0.0000002%');
  });
});
