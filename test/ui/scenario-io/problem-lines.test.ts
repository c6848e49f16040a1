import { describe, expect, it } from 'vitest';
import { type Problem, parseScenario } from '../../../src/scenario/index.ts';
import { MAX_LISTED_PROBLEMS, problemsText } from '../../../src/ui/scenario-io/index.ts';
import { minimal, problemsOf } from '../../scenario/helpers.ts';

const problem = (over: Partial<Problem>): Problem => ({
  path: '$.graph.nodes',
  expected: 'a whole number',
  found: '1.5',
  message: 'Not whole.',
  ...over,
});

describe('problemsText', () => {
  it('titles the panel with the source and how many problems, and says nothing was lost', () => {
    const text = problemsText('bad.json', [problem({}), problem({}), problem({})]);
    expect(text.title).toBe('"bad.json" was not opened: 3 problems');
    expect(problemsText('bad.json', [problem({})]).title).toBe(
      '"bad.json" was not opened: 1 problem',
    );
    expect(text.note).toBe('What you had open is unchanged.');
    expect(problemsText('your last session', [problem({})], 'The example “Tipping”').note).toBe(
      'The example “Tipping” is open instead.',
    );
    expect(text.more).toBeNull();
  });

  it('adds "expected … · found …" only where the message does not already say it', () => {
    const [line] = problemsText('f.json', [problem({})]).items;
    expect(line).toEqual({
      path: '$.graph.nodes',
      message: 'Not whole.',
      detail: 'expected a whole number · found 1.5',
    });
    const said = problem({ message: 'Expected a whole number, but found 1.5.' });
    expect(problemsText('f.json', [said]).items[0].detail).toBeNull();
    const half = problem({ message: '1.5 is too small.' });
    expect(problemsText('f.json', [half]).items[0].detail).toBe('expected a whole number');
  });

  it('adds the line and column of a syntax error unless the message gives them', () => {
    const located = problem({ line: 3, column: 7 });
    expect(problemsText('f.json', [located]).items[0].detail).toBe(
      'expected a whole number · found 1.5 · line 3, column 7',
    );
    const result = parseScenario('{\n  "version": 1,\n  "name": }');
    if (result.ok) expect.fail('expected a syntax error');
    expect(problemsText('f.json', result.problems).items[0].detail ?? '').not.toMatch(/line/);
  });

  it('lists real problems with their JSON paths', () => {
    const problems = problemsOf({
      ...minimal(),
      graph: { generator: 'erdos-renyi', nodes: 'many', meanDegree: 4 },
      run: { runz: 5 },
    });
    const text = problemsText('typo.json', problems);
    expect(text.items.map((item) => item.path).sort()).toEqual(['$.graph.nodes', '$.run.runz']);
    expect(text.items.every((item) => item.message.length > 0)).toBe(true);
  });

  it('counts what it does not list in a very long list', () => {
    const text = problemsText(
      'many.json',
      Array.from({ length: MAX_LISTED_PROBLEMS + 1234 }, () => problem({})),
    );
    expect(text.items).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(text.more).toBe('…and 1,234 more problems');
    expect(text.title).toBe(
      `"many.json" was not opened: ${(MAX_LISTED_PROBLEMS + 1234).toLocaleString('en-US')} problems`,
    );
  });

  it('shows direction-changing characters in a file name as escapes', () => {
    expect(problemsText('evil\u202Enosj.exe', [problem({})]).title).toBe(
      '"evil\\u202enosj.exe" was not opened: 1 problem',
    );
  });
});
