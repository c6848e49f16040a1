import { describe, expect, it } from 'vitest';
import {
  formatExact,
  formatJson,
  formatList,
  formatP,
  plural,
  quoted,
  quotedList,
} from '../../src/format/index.ts';

describe('text formats', () => {
  it('joins lists as a sentence does', () => {
    expect(formatList([])).toBe('');
    expect(formatList(['A'])).toBe('A');
    expect(formatList(['A', 'B'])).toBe('A and B');
    expect(formatList(['A', 'B', 'C'])).toBe('A, B and C');
  });

  it('quotes labels typographically and scenario values as JSON', () => {
    expect(quoted('one leader')).toBe('“one leader”');
    expect(quotedList(['random', 2, true])).toBe('"random", 2, true');
  });

  it('counts nouns', () => {
    expect(plural(1, 'step')).toBe('1 step');
    expect(plural(0, 'step')).toBe('0 steps');
    expect(plural(12000, 'step')).toBe('12,000 steps');
  });

  it('writes limits exactly and p-values with two significant digits', () => {
    expect(formatExact(2_000_000)).toBe('2,000,000');
    expect(formatExact(0.123456)).toBe('0.123456');
    expect(formatP(0.0004)).toBe('p < 0.001');
    expect(formatP(0.41234)).toBe('p = 0.41');
  });
});

describe('formatJson', () => {
  it('keeps arrays of plain values on one line and indents the rest', () => {
    expect(formatJson({ sizes: [1, 2, 3], seeds: [{ node: 'a' }], empty: [] })).toBe(
      '{\n  "sizes": [1, 2, 3],\n  "seeds": [\n    {\n      "node": "a"\n    }\n  ],\n  "empty": []\n}\n',
    );
  });
});
