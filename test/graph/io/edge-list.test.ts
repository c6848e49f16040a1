import { describe, expect, it } from 'vitest';
import {
  GraphFormatError,
  MAX_LISTED_PROBLEMS,
  parseEdgeList,
  writeEdgeList,
} from '../../../src/graph/io/index.ts';
import type { Network } from '../../../src/graph/network.ts';

function problemsOf(text: string): GraphFormatError {
  try {
    parseEdgeList(text, { directed: true });
  } catch (error) {
    if (error instanceof GraphFormatError) return error;
    throw error;
  }
  throw new Error('expected a GraphFormatError');
}

describe('parseEdgeList', () => {
  it('reads labels in first-seen order, comments, blank lines, any whitespace and CRLF', () => {
    const text =
      '# a whole-line comment\r\nalice\tbob 0.5\r\n\r\n   bob   carol   # trailing comment\ncarol alice#glued comment\n';
    const { network, warnings } = parseEdgeList(text, { directed: true });
    expect(warnings).toEqual([]);
    expect(network.labels).toEqual(['alice', 'bob', 'carol']);
    expect([...network.src]).toEqual([0, 1, 2]);
    expect([...network.dst]).toEqual([1, 2, 0]);
    expect([...network.weight!]).toEqual([0.5, 1, 1]);
    expect(network.directed).toBe(true);
    expect([...network.kind]).toEqual([0, 0, 0]);
  });

  it('ignores a byte-order mark', () => {
    expect(parseEdgeList('\uFEFFa b\n', { directed: false }).network.labels).toEqual(['a', 'b']);
  });

  it('drops labels that are just the indices in order, keeps them otherwise', () => {
    expect(parseEdgeList('0 1\n1 2\n', { directed: false }).network.labels).toBeNull();
    expect(parseEdgeList('1 0\n', { directed: false }).network.labels).toEqual(['1', '0']);
    expect(parseEdgeList('00 1\n', { directed: false }).network.labels).toEqual(['00', '1']);
  });

  it('drops self-loops and merges duplicates keeping the strongest tie, with warnings', () => {
    const { network, warnings } = parseEdgeList('a b 0.2\nb a 0.9\na a\nb c\n', {
      directed: false,
    });
    expect([...network.src]).toEqual([0, 1]);
    expect([...network.dst]).toEqual([1, 2]);
    expect([...network.weight!]).toEqual([0.9, 1]);
    expect(warnings).toEqual([
      'dropped 1 self-loop (a node linked to itself: content cannot flow to its own author)',
      'merged 1 duplicate edge into one, keeping the strongest tie',
    ]);
  });

  it('keeps u→v and v→u apart in a directed list', () => {
    const { network, warnings } = parseEdgeList('a b\nb a\n', { directed: true });
    expect(network.src.length).toBe(2);
    expect(network.weight).toBeNull();
    expect(warnings).toEqual([]);
  });

  it('lists every bad line with its number and a readable reason', () => {
    // Line 2, one label alone, declares a node without ties (see below): not a problem.
    const error = problemsOf(
      'a b\nalice\n\n# fine\nx y heavy\nx y 0\nx y 1.5\n1 2 3 4\nx,y,0.5\nc d 1\n',
    );
    expect(error.problems).toEqual([
      { line: 5, message: "weight must be a number in (0, 1], found 'heavy'" },
      { line: 6, message: "weight must be a number in (0, 1], found '0'" },
      { line: 7, message: "weight must be a number in (0, 1], found '1.5'" },
      { line: 8, message: "expected 'source target [weight]' but found 4 tokens '1 2 3 4'" },
      {
        line: 9,
        message:
          "expected 'source target [weight]' but found 1 token 'x,y,0.5' (separate fields with spaces or tabs, not commas)",
      },
    ]);
    expect(error.message).toContain('The edge list has 5 problems:\nline 5: weight');
  });

  it('reads a label alone on a line as a node without ties', () => {
    const { network, warnings } = parseEdgeList('ana ben\ncleo\nben\n', { directed: false });
    expect(network.n).toBe(3);
    expect(network.labels).toEqual(['ana', 'ben', 'cleo']);
    expect([...network.src, ...network.dst]).toEqual([0, 1]);
    expect(warnings).toEqual([]);
  });

  it('with nodes N, reads ids 0..N−1 and keeps the ids no line uses as nodes without ties', () => {
    const { network, warnings } = parseEdgeList('0 1\n3 1\n', { directed: false, nodes: 6 });
    expect(network.n).toBe(6);
    expect(network.labels).toBeNull();
    expect([...network.src]).toEqual([0, 3]);
    expect([...network.dst]).toEqual([1, 1]);
    expect(warnings).toEqual([]);
    const error = (() => {
      try {
        parseEdgeList('0 1\n1 6\nann 2\n01 2\n7\n', { directed: false, nodes: 6 });
      } catch (e) {
        return e as GraphFormatError;
      }
    })();
    expect(error?.problems.map((p) => [p.line, p.message.split(' is ')[0]])).toEqual([
      [2, "node '6'"],
      [3, "node 'ann'"],
      [4, "node '01'"],
      [5, "node '7'"],
    ]);
    expect(error?.problems[0].message).toBe(
      "node '6' is not a whole number from 0 to 5 (the file is read as nodes 0 to 5)",
    );
  });

  it('warns when whole-number ids leave gaps: people without ties are probably missing', () => {
    const { network, warnings } = parseEdgeList('0 1\n1 2\n4 2\n', { directed: false });
    expect(network.n).toBe(4);
    expect(warnings).toEqual([
      'the node ids are whole numbers from 0 to 4, but only 4 ids of those 5 appear: people without ties are missing from the network. ' +
        'If the ids are 0 to N−1, give the number of nodes ("nodes" in the scenario, or --nodes N), or list each person without ties on a line of their own',
    ]);
    expect(parseEdgeList('1 2\n3 2\n', { directed: false }).warnings).toEqual([]);
    expect(parseEdgeList('0 1\n4 2\n3\n', { directed: false }).warnings).toEqual([]);
  });

  it('takes a file that lists people without ties as naming all its people: no gap warning', () => {
    // Found by the round-trip property: two people labelled "7" and "0", no ties, written out.
    const { network, warnings } = parseEdgeList('7\n0\n', { directed: false });
    expect(network.n).toBe(2);
    expect(warnings).toEqual(['the file has no edges']);
    expect(parseEdgeList('0 1\n9\n', { directed: false }).warnings).toEqual([]);
    // A file writeEdgeList wrote lists every person, ties or not: its ids may leave gaps.
    const written = { ...network, src: Int32Array.of(0), dst: Int32Array.of(1) };
    expect(parseEdgeList(writeEdgeList(written), { directed: false }).warnings).toEqual([]);
  });

  it(`lists at most ${MAX_LISTED_PROBLEMS} problems and counts the rest`, () => {
    const error = problemsOf('a b c d\n'.repeat(MAX_LISTED_PROBLEMS + 7));
    expect(error.problems).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(error.problems.at(-1)!.line).toBe(MAX_LISTED_PROBLEMS);
    expect(error.unlisted).toBe(7);
    expect(error.message).toMatch(/… and 7 more problems$/);
  });

  it('warns when the direction option contradicts the header writeEdgeList wrote', () => {
    const text = writeEdgeList(parseEdgeList('a b\n', { directed: true }).network);
    expect(parseEdgeList(text, { directed: false }).warnings[0]).toBe(
      'the file says it is directed but was read as undirected; check the directed option',
    );
    expect(parseEdgeList(text, { directed: true }).warnings).toEqual([]);
  });

  it('accepts an empty file with a warning', () => {
    const { network, warnings } = parseEdgeList('# nothing\n', { directed: false });
    expect(network.n).toBe(0);
    expect(warnings).toEqual(['the file has no edges']);
  });
});

describe('writeEdgeList', () => {
  const base: Network = {
    n: 4,
    directed: false,
    src: Int32Array.from([0, 1]),
    dst: Int32Array.from([1, 2]),
    weight: Float64Array.from([1, 1]),
    kind: new Uint8Array(4),
    community: null,
    labels: ['ann', 'bo', 'cy', 'dee'],
  };

  it('writes a header, labels, weights only when some tie is not 1, and nodes without ties', () => {
    expect(writeEdgeList(base)).toBe(
      '# Ripple edge list: undirected\n# node node [weight]: a two-way tie\n' +
        '# 1 node without ties, each alone on a line at the end\nann bo\nbo cy\ndee\n',
    );
    expect(parseEdgeList(writeEdgeList(base), { directed: false }).network.labels).toEqual(
      base.labels,
    );
    const weighted = writeEdgeList({ ...base, weight: Float64Array.from([0.25, 1]) });
    expect(weighted.split('\n').slice(3, 5)).toEqual(['ann bo 0.25', 'bo cy 1']);
  });

  it('refuses labels that whitespace or # would split, naming them', () => {
    const bad = { ...base, labels: ['new york', 'a#b', 'ok', ''] };
    expect(() => writeEdgeList(bad)).toThrow(
      /3 labels are empty or contain whitespace or '#'.*node 0 'new york', node 1 'a#b', node 3 ''/,
    );
  });

  it('refuses a node without ties whose label has a comma (it would read back as CSV)', () => {
    expect(() => writeEdgeList({ ...base, labels: ['a,b', 'bo', 'cy', 'd,e'] })).toThrow(
      /1 label is empty .*node 3 'd,e'/,
    );
  });
});
