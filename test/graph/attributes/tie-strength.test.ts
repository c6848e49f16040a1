import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignTieStrength, commonNeighbourCounts } from '../../../src/graph/attributes/index.ts';
import { EdgeListBuilder } from '../../../src/graph/edge-list-builder.ts';
import { wattsStrogatz } from '../../../src/graph/generators/index.ts';
import { createRng } from '../../../src/random/rng.ts';
import { expectWithinFourSd, neighbourSets } from '../generators/helpers.ts';

const network = wattsStrogatz({ n: 2000, k: 8, beta: 0.2, rng: createRng(1) });
const strongTies = (weight: Float64Array) => weight.filter((w) => w === 0.9).length;

describe('commonNeighbourCounts', () => {
  it('equals a brute-force count, reciprocal directed edges included', () => {
    const edge = fc.tuple(fc.integer({ min: 0, max: 11 }), fc.integer({ min: 0, max: 11 }));
    fc.assert(
      fc.property(fc.array(edge, { maxLength: 60 }), fc.boolean(), (pairs, directed) => {
        const out = new EdgeListBuilder();
        for (const [u, v] of pairs) out.add(u, v);
        const graph = out.toNetwork(12, directed);
        const sets = neighbourSets(graph);
        for (const s of sets.keys()) sets[s].delete(s); // a self-loop does not make v its own neighbour
        const counts = commonNeighbourCounts(graph);
        pairs.forEach(([u, v], e) => {
          const expected = u === v ? 0 : [...sets[u]].filter((w) => sets[v].has(w)).length;
          expect(counts[e]).toBe(expected);
        });
      }),
    );
  });
});

describe('assignTieStrength', () => {
  it('does not change the input', () => {
    const src = network.src.slice();
    assignTieStrength(
      network,
      { strongShare: 0.3, strong: 0.9, weak: 0.1, placement: 'embedded' },
      createRng(1),
    );
    expect(network.weight).toBeNull();
    expect(network.src).toEqual(src);
  });

  it.each(['random', 'embedded'] as const)('uses only the two weights (%s)', (placement) => {
    const { weight } = assignTieStrength(
      network,
      { strongShare: 0.3, strong: 0.9, weak: 0.1, placement },
      createRng(2),
    );
    expect(weight!.length).toBe(network.src.length);
    expect(weight!.every((w) => w === 0.9 || w === 0.1)).toBe(true);
  });

  // Random placement: the strong count is Binomial(edges, strongShare); within 4 sd.
  it('random placement makes about strongShare of the ties strong', () => {
    const { weight } = assignTieStrength(
      network,
      { strongShare: 0.3, strong: 0.9, weak: 0.1, placement: 'random' },
      createRng(3),
    );
    expectWithinFourSd(strongTies(weight!), network.src.length, 0.3);
  });

  it('embedded placement makes exactly round(strongShare · edges) strong, the most embedded ones', () => {
    const { weight } = assignTieStrength(
      network,
      { strongShare: 0.3, strong: 0.9, weak: 0.1, placement: 'embedded' },
      createRng(4),
    );
    expect(strongTies(weight!)).toBe(Math.round(0.3 * network.src.length));
    const overlap = commonNeighbourCounts(network);
    const strong = Array.from(overlap).filter((_, e) => weight![e] === 0.9);
    const weak = Array.from(overlap).filter((_, e) => weight![e] === 0.1);
    const mean = (a: number[]) => a.reduce((s, x) => s + x, 0) / a.length;
    expect(mean(strong)).toBeGreaterThan(mean(weak) + 1);
    expect(Math.min(...strong)).toBeGreaterThanOrEqual(Math.max(...weak)); // a clean cut
  });

  it('is reproducible, and ties at the cut depend on the seed', () => {
    const options = { strongShare: 0.3, strong: 0.9, weak: 0.1, placement: 'embedded' } as const;
    const a = assignTieStrength(network, options, createRng(5)).weight!;
    expect(assignTieStrength(network, options, createRng(5)).weight).toEqual(a);
    expect(assignTieStrength(network, options, createRng(6)).weight).not.toEqual(a);
  });

  it.each([
    [
      { strongShare: 1.2, strong: 0.9, weak: 0.1, placement: 'random' },
      /strongShare between 0 and 1/,
    ],
    [
      { strongShare: 0.2, strong: 1.5, weak: 0.1, placement: 'random' },
      /strong to be a weight above 0 and at most 1/,
    ],
    [{ strongShare: 0.2, strong: 0.9, weak: 0, placement: 'random' }, /got weak = 0/],
    [
      { strongShare: 0.2, strong: 0.9, weak: 0.1, placement: 'clustered' },
      /'random' or 'embedded'/,
    ],
  ])('rejects %o', (options, message) => {
    const call = () => assignTieStrength(network, options as never, createRng(1));
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });
});
