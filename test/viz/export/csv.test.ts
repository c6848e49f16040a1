import { describe, expect, it } from 'vitest';
import { csvField, csvFromRows, guardFormula } from '../../../src/viz/export/csv.ts';

describe('csvField (RFC 4180)', () => {
  it('leaves plain fields alone', () => {
    expect(csvField('reach')).toBe('reach');
    expect(csvField(0.31)).toBe('0.31');
    expect(csvField(-2)).toBe('-2');
    expect(csvField(true)).toBe('true');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('quotes fields with commas, quotes or line breaks, doubling inner quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rlf')).toBe('"cr\rlf"');
  });
});

describe('guardFormula (spreadsheet formula injection)', () => {
  it('prefixes text that a spreadsheet would run as a formula', () => {
    for (const text of [
      '=1+1',
      '+SUM(A1)',
      '-2+3',
      '@cmd',
      '\t=1',
      '\r=1',
      '=HYPERLINK("http://x")',
    ]) {
      expect(guardFormula(text)).toBe(`'${text}`);
    }
  });

  it('leaves ordinary text and plain numbers written as text alone', () => {
    for (const text of ['reach', 'a=b', '-0.5', '+3', '1e-3', '-.25', ''])
      expect(guardFormula(text)).toBe(text);
  });

  it('guards before quoting, and never touches real numbers', () => {
    expect(csvField('=1,2')).toBe('"\'=1,2"');
    expect(csvField('=A1"')).toBe('"\'=A1"""');
    expect(csvField(-5)).toBe('-5');
  });
});

describe('csvFromRows', () => {
  it('writes the header and rows with CRLF line ends, ending in one', () => {
    const csv = csvFromRows(
      ['run', 'reach', 'note'],
      [
        [0, 12, 'died out'],
        [1, 840, 'took off, "global"'],
        [2, null, '=cmd|calc'],
      ],
    );
    expect(csv).toBe(
      'run,reach,note\r\n0,12,died out\r\n1,840,"took off, ""global"""\r\n2,,\'=cmd|calc\r\n',
    );
  });

  it('guards the header too', () => {
    expect(csvFromRows(['=x'], [])).toBe("'=x\r\n");
  });
});
