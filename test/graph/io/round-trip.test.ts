import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fromGraphology,
  parseGraph,
  toGraphology,
  writeGraph,
} from '../../../src/graph/io/index.ts';
import { type Network, nodeLabel } from '../../../src/graph/network.ts';
import { arbitraryNetwork } from './arbitrary-network.ts';

/** Edges as label pairs with weights: what an edge list keeps (node numbering may change). */
function labelledEdges(network: Network): string[] {
  return Array.from(network.src, (u, e) =>
    [
      nodeLabel(network, u),
      nodeLabel(network, network.dst[e]),
      network.weight ? network.weight[e] : 1,
    ].join('|'),
  );
}

describe('round trips', () => {
  it('through graphology give the same network', () => {
    fc.assert(
      fc.property(arbitraryNetwork(), (network) => {
        expect(fromGraphology(toGraphology(network))).toEqual(network);
      }),
    );
  });

  for (const format of ['gexf', 'graphml'] as const) {
    it(`through ${format} give the same network, XML-special labels included`, () => {
      fc.assert(
        fc.property(arbitraryNetwork(), (network) => {
          const { network: back, warnings } = parseGraph(writeGraph(network, format), format, {
            directed: false,
          });
          expect(warnings).toEqual([]);
          expect(back).toEqual(network);
        }),
      );
    });
  }

  it('through an edge list give the same edges, weights and labels', () => {
    const writable = arbitraryNetwork({
      labelChars: ['a', 'b', '0', '7', '<', '&', '"', 'é', '😀', '-'],
    });
    fc.assert(
      fc.property(writable, (network) => {
        const { network: back, warnings } = parseGraph(
          writeGraph(network, 'edgelist'),
          'edgelist',
          { directed: network.directed },
        );
        expect(warnings.filter((w) => !w.includes('no edges'))).toEqual([]);
        expect(back.directed).toBe(network.directed);
        expect(labelledEdges(back)).toEqual(labelledEdges(network));
      }),
    );
  });

  it('through an edge list keep every node, those without ties included', () => {
    const writable = arbitraryNetwork({ labelChars: ['a', 'b', '0', '7', 'é', '-'] });
    fc.assert(
      fc.property(writable, (network) => {
        const text = writeGraph(network, 'edgelist');
        const { network: back } = parseGraph(text, 'edgelist', { directed: network.directed });
        expect(back.n).toBe(network.n);
        const labels = (n: Network) => Array.from({ length: n.n }, (_, i) => nodeLabel(n, i));
        expect(new Set(labels(back))).toEqual(new Set(labels(network)));
      }),
    );
  });
});
