import fc from 'fast-check';
import { type Network, NODE_KINDS } from '../../../src/graph/network.ts';

/** Characters that stress every format: XML specials, whitespace, '#', non-ASCII, an emoji pair. */
const AWKWARD = [
  'a',
  'b',
  'Z',
  '0',
  '7',
  ' ',
  '\t',
  '\n',
  '#',
  '<',
  '>',
  '&',
  '"',
  "'",
  'é',
  '中',
  '😀',
  '-',
];

/**
 * Small simple networks in canonical form (what parsers return): no self-loops or duplicates,
 * weights null unless some tie is not 1, labels null or unique and not just "0".."n-1".
 */
export function arbitraryNetwork(options: { labelChars?: string[] } = {}): fc.Arbitrary<Network> {
  const chars = options.labelChars ?? AWKWARD;
  return fc
    .record({ n: fc.integer({ min: 1, max: 12 }), directed: fc.boolean() })
    .chain(({ n, directed }) =>
      fc.record({
        n: fc.constant(n),
        directed: fc.constant(directed),
        pairs: fc.uniqueArray(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), {
          maxLength: 30,
          selector: ([u, v]) => (directed || u < v ? `${u},${v}` : `${v},${u}`),
        }),
        weights: fc.option(
          fc.array(
            fc.integer({ min: 1, max: 1000 }).map((k) => k / 1000),
            { minLength: 30, maxLength: 30 },
          ),
        ),
        kind: fc.array(fc.nat(NODE_KINDS.length - 1), { minLength: n, maxLength: n }),
        community: fc.option(
          fc.array(fc.integer({ min: -1, max: 5 }), { minLength: n, maxLength: n }),
        ),
        labels: fc.option(
          fc.uniqueArray(
            fc.string({ unit: fc.constantFrom(...chars), minLength: 1, maxLength: 6 }),
            { minLength: n, maxLength: n },
          ),
        ),
      }),
    )
    .map(({ n, directed, pairs, weights, kind, community, labels }) => {
      const edges = pairs.filter(([u, v]) => u !== v);
      const weight = weights ? Float64Array.from(edges, (_, e) => weights[e]) : null;
      return {
        n,
        directed,
        src: Int32Array.from(edges, ([u]) => u),
        dst: Int32Array.from(edges, ([, v]) => v),
        weight: weight?.some((w) => w !== 1) ? weight : null,
        kind: Uint8Array.from(kind),
        community: community ? Int32Array.from(community) : null,
        labels: labels && !labels.every((l, i) => l === String(i)) ? labels : null,
      };
    });
}
