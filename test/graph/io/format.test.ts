import { describe, expect, it } from 'vitest';
import { detectGraphFormat, GraphFormatError, parseGraph } from '../../../src/graph/io/index.ts';
import { checkTextSize } from '../../../src/graph/io/limits.ts';

describe('detectGraphFormat', () => {
  it('goes by the extension, case-insensitively', () => {
    expect(detectGraphFormat('friends.TXT')).toBe('edgelist');
    expect(detectGraphFormat('a.b/edges.tsv')).toBe('edgelist');
    expect(detectGraphFormat('net.el')).toBe('edgelist');
    expect(detectGraphFormat('x.edges')).toBe('edgelist');
    expect(detectGraphFormat('gephi.gexf')).toBe('gexf');
    expect(detectGraphFormat('yed.graphml')).toBe('graphml');
    expect(detectGraphFormat('yed.xml')).toBe('graphml');
  });

  it('names the known extensions when it cannot tell', () => {
    expect(() => detectGraphFormat('edges.csv')).toThrow(
      /cannot tell the graph format of 'edges.csv'.*\.txt, .*\.gexf, \.graphml/,
    );
    expect(() => detectGraphFormat('noextension')).toThrow(/cannot tell/);
  });
});

describe('parseGraph', () => {
  it('passes the direction to edge lists', () => {
    expect(parseGraph('a b\n', 'edgelist', { directed: true }).network.directed).toBe(true);
  });
});

describe('size limits', () => {
  it('refuse oversized text up front with a clear message', () => {
    expect(() => checkTextSize('x'.repeat(3_000_001), 2_000_000, 'The edge list')).toThrow(
      GraphFormatError,
    );
    expect(() => checkTextSize('x'.repeat(3_000_001), 2_000_000, 'The edge list')).toThrow(
      'The edge list has 1 problem:\nthe file is 3 MB; Ripple reads files of this kind up to 2 MB',
    );
  });
});
