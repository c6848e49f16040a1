import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EdgeCodeSet, edgeCode } from '../../../src/graph/generators/edge-code-set.ts';

describe('EdgeCodeSet', () => {
  it('behaves like a Set under any sequence of adds and deletes', () => {
    // Few distinct codes, so the same code is added, deleted and re-added, leaving tombstones;
    // some codes are near 2^50 to exercise the hash of the high half.
    const code = fc.oneof(
      fc.integer({ min: 0, max: 40 }),
      fc.integer({ min: 0, max: 40 }).map((x) => 2 ** 50 + x * 2 ** 33),
    );
    const op = fc.record({ add: fc.boolean(), code });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 400 }), (ops) => {
        const set = new EdgeCodeSet(4);
        const model = new Set<number>();
        for (const { add, code } of ops) {
          if (add) {
            expect(set.add(code)).toBe(!model.has(code));
            model.add(code);
          } else {
            expect(set.delete(code)).toBe(model.delete(code));
          }
        }
        for (let x = 0; x <= 40; x++) expect(set.has(x)).toBe(model.has(x));
        for (const x of model) expect(set.has(x)).toBe(true);
      }),
    );
  });

  it('keys undirected edges by their unordered pair and directed edges by the ordered one', () => {
    expect(edgeCode(3, 7, 10, false)).toBe(edgeCode(7, 3, 10, false));
    expect(edgeCode(3, 7, 10, true)).not.toBe(edgeCode(7, 3, 10, true));
    expect(edgeCode(999_999, 999_998, 1_000_000, false)).toBe(999_998 * 1_000_000 + 999_999);
  });
});
