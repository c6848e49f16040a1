import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LabelIndex } from '../../../src/graph/io/label-index.ts';

/** Ids from LabelIndex and from a plain Map, for the same space-separated tokens. */
function bothWays(tokens: string[]): { index: number[]; map: number[]; labels: string[] } {
  const text = tokens.join(' ');
  const index = new LabelIndex(text);
  const map = new Map<string, number>();
  const ids: number[] = [];
  const reference: number[] = [];
  let at = 0;
  for (const token of tokens) {
    ids.push(index.idOf(at, at + token.length));
    if (!map.has(token)) map.set(token, map.size);
    reference.push(map.get(token)!);
    at += token.length + 1;
  }
  return { index: ids, map: reference, labels: index.labels };
}

describe('LabelIndex', () => {
  it('numbers labels in first-seen order, telling apart integers and look-alikes', () => {
    const tokens = [
      '7',
      '007',
      'alice',
      '7',
      '0',
      '16777216',
      '16777215',
      '123456789',
      '-5',
      '1e3',
      'alice',
      '007',
      '0',
    ];
    const { index, map, labels } = bothWays(tokens);
    expect(index).toEqual(map);
    expect(labels).toEqual([
      '7',
      '007',
      'alice',
      '0',
      '16777216',
      '16777215',
      '123456789',
      '-5',
      '1e3',
    ]);
  });

  it('agrees with a Map through many table resizes', () => {
    const tokens = Array.from({ length: 300_000 }, (_, i) =>
      i % 3 === 0 ? String(i % 70_000) : `u${(i * 7919) % 90_000}`,
    );
    const { index, map } = bothWays(tokens);
    expect(index).toEqual(map);
  });

  it('agrees with a Map on arbitrary tokens', () => {
    const token = fc.string({
      unit: fc.constantFrom('0', '1', '9', 'a', 'é', '😀'),
      minLength: 1,
      maxLength: 10,
    });
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), (tokens) => {
        const { index, map } = bothWays(tokens);
        expect(index).toEqual(map);
      }),
    );
  });
});
