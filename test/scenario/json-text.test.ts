import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS, parseScenario } from '../../src/scenario/index.ts';
import { locateJsonError } from '../../src/scenario/json-error-position.ts';
import { minimal, problemsOfText } from './helpers.ts';

describe('reading scenario text', () => {
  it('gives the line and column of a JSON syntax error', () => {
    const text = '{\n  "version": 1,\n  "name": "x"\n  "graph": {}\n}';
    const [problem] = problemsOfText(text);
    expect(problem).toMatchObject({ path: '$', expected: 'valid JSON', line: 4, column: 3 });
    expect(problem.message).toBe(
      'The file is not valid JSON at line 4, column 3: expected "," or "}" here (is a comma missing?).',
    );
    expect(problem.found).toBe('  "graph": {}');
  });

  it.each([
    ['{"a": 1,}', 1, 9, 'remove the last comma'],
    ['[1, 2,]', 1, 7, 'remove the last comma'],
    ["{'a': 1}", 1, 2, 'double quotes'],
    ['{"a": 1} // note', 1, 10, 'more text after the end'],
    ['{"a": tru}', 1, 7, 'double quotes'],
    ['{"a": "line\nbreak"}', 1, 12, 'write \\n'],
    ['{"a": "open', 1, 7, 'never closed'],
    ['{"a": [1, 2', 1, 12, 'ends before the list is closed'],
    ['{"a" 1}', 1, 6, 'expected ":"'],
    ['   ', 1, 4, 'the file is empty'],
    ['{"a": 01}', 1, 8, 'expected "," or "}"'],
    ['{"a": "\\x"}', 1, 8, 'unknown escape'],
  ])('locates %j at line %i, column %i', (text, line, column, reason) => {
    const [problem] = problemsOfText(text);
    expect([problem.line, problem.column]).toEqual([line, column]);
    expect(problem.message).toContain(reason);
  });

  it('finds an error exactly when JSON.parse does', () => {
    const jsonish = fc.stringMatching(/^[\s{}[\]:,"a\\01.e+-tnrul]{0,24}$/);
    const validJson = fc.json();
    fc.assert(
      fc.property(fc.oneof(jsonish, validJson), (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        expect(locateJsonError(text) === null).toBe(parses);
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses text over 1 MB before parsing it', () => {
    const huge = `{"name": "${'x'.repeat(LIMITS.fileBytes)}"}`;
    const [problem] = problemsOfText(huge);
    expect(problem.path).toBe('$');
    expect(problem.message).toContain('1 MB');
    // Multi-byte characters count as the bytes they take in UTF-8.
    const wide = `{"name": "${'é'.repeat(LIMITS.fileBytes / 2)}"}`;
    expect(problemsOfText(wide)[0].found).toMatch(/^1,048,5\d\d bytes$/);
  });

  it('refuses absurdly deep nesting without overflowing the stack', () => {
    const deep = `{"version": 1, "name": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const [problem] = problemsOfText(deep);
    expect(problem.expected).toContain(`at most ${LIMITS.depth} levels`);
  });

  it('accepts a file that starts with a byte-order mark', () => {
    expect(parseScenario(`\ufeff${JSON.stringify(minimal())}`).ok).toBe(true);
  });

  it('refuses a setting given twice, with its path and both lines, as JSON reads the keys', () => {
    const text = [
      '{ "version": 1, "name": "first",',
      '  "graph": { "generator": "erdos-renyi", "nodes": 100, "meanDegree": 4,',
      '             "n\\u006fdes": 200 },',
      '  "content": { "model": "independent-cascade", "power": 0.3 },',
      '  "name": "second" }',
    ].join('\n');
    const problems = problemsOfText(text);
    expect(problems.map((p) => [p.path, p.line])).toEqual([
      ['$.graph.nodes', 3],
      ['$.name', 5],
    ]);
    expect(problems[1].message).toBe(
      '"name" is given twice, on line 1 and on line 5; only one can count, so remove the other.',
    );
  });

  it('allows the same key in different objects, and key-like text inside strings', () => {
    const scenario = {
      ...minimal(),
      description: '"name": "again", {"name": 1}',
      compare: {
        variants: [
          { label: 'a', seeding: { strategy: 'random', count: 1 } },
          { label: 'b', seeding: { strategy: 'random', count: 2 } },
        ],
      },
    };
    expect(parseScenario(JSON.stringify(scenario, null, 2)).ok).toBe(true);
  });
});
