import { UndirectedGraph } from 'graphology';
import cavemanGraph from 'graphology-generators/community/caveman.js';
import connectedCavemanGraph from 'graphology-generators/community/connected-caveman.js';
import karateClubGraph from 'graphology-generators/social/karate-club.js';
import { describe, expect, it } from 'vitest';
import { caveman, KARATE_FACTIONS, karateClub } from '../../../src/graph/generators/index.ts';
import { fromGraphology } from '../../../src/graph/io/graphology.ts';
import type { Network } from '../../../src/graph/network.ts';
import { degrees, expectSimple, neighbourSets } from './helpers.ts';

/** Number of nodes reachable from node 0, ignoring direction. */
function reachableFromZero(network: Network): number {
  const sets = neighbourSets(network);
  const seen = new Set([0]);
  const queue = [0];
  for (let v = queue.shift(); v !== undefined; v = queue.shift()) {
    for (const w of sets[v]) {
      if (seen.has(w)) continue;
      seen.add(w);
      queue.push(w);
    }
  }
  return seen.size;
}

describe('karateClub', () => {
  const network = karateClub();

  it("is Zachary's 34 members and 78 friendships", () => {
    expect(network.n).toBe(34);
    expect(network.src.length).toBe(78);
    expect(network.directed).toBe(false);
    expect(network.labels).toBeNull();
    expectSimple(network);
    // The two leaders are the hubs: the instructor (0) with 16 friends, the officer (33) with 17.
    expect(degrees(network)[0]).toBe(16);
    expect(degrees(network)[33]).toBe(17);
  });

  it('records the faction each member joined', () => {
    const community = Array.from(network.community!);
    expect(KARATE_FACTIONS[community[0]]).toBe('Mr. Hi');
    expect(KARATE_FACTIONS[community[33]]).toBe('Officer');
    expect(community.filter((c) => c === 0).length).toBe(17);
    expect(community.filter((c) => c === 1).length).toBe(17);
  });
});

describe('caveman', () => {
  it.each([false, true])(
    'has cliques × size nodes and cliques·size(size−1)/2 edges (connected = %s)',
    (connected) => {
      const network = caveman({ cliques: 5, size: 4, connected });
      expect(network.n).toBe(20);
      expect(network.src.length).toBe(5 * 6);
      expect(Array.from(network.community!)).toEqual(
        Array.from({ length: 20 }, (_, i) => Math.floor(i / 4)),
      );
      expectSimple(network);
    },
  );

  it('keeps caves apart unless connected, then joins them in one ring', () => {
    const between = (network: Network) =>
      Array.from(network.src).filter(
        (u, e) => network.community![u] !== network.community![network.dst[e]],
      ).length;
    const plain = caveman({ cliques: 6, size: 5 });
    expect(between(plain)).toBe(0);
    expect(reachableFromZero(plain)).toBe(5);
    const connected = caveman({ cliques: 6, size: 5, connected: true });
    expect(between(connected)).toBe(6);
    expect(reachableFromZero(connected)).toBe(30);
  });

  it.each([
    [{ cliques: 0, size: 3 }, /cliques to be a whole number ≥ 1/],
    [{ cliques: 1, size: 3, connected: true }, /cliques to be a whole number ≥ 2/],
    [{ cliques: 3, size: 1 }, /size to be a whole number ≥ 2/],
  ])('rejects %o', (options, message) => {
    expect(() => caveman(options)).toThrow(RangeError);
    expect(() => caveman(options)).toThrow(message);
  });
});

/* The classics were built through graphology-generators; they are written out now, edge for edge. */
describe('the classics are the graphs graphology-generators builds', () => {
  it('karateClub, with the factions of its "club" attribute', () => {
    const graph = karateClubGraph(UndirectedGraph);
    const faction = (key: string) => KARATE_FACTIONS.indexOf(graph.getNodeAttribute(key, 'club'));
    expect(karateClub()).toEqual({
      ...fromGraphology(graph),
      community: Int32Array.from(graph.nodes(), faction),
    });
  });

  it.each([
    [1, 2],
    [2, 2],
    [3, 5],
    [7, 4],
  ])('caveman with %i cliques of %i, plain and connected', (cliques, size) => {
    for (const connected of [false, true]) {
      if (connected && cliques < 2) continue;
      const build = connected ? connectedCavemanGraph : cavemanGraph;
      const graph = build(UndirectedGraph, cliques, size);
      const cave = (key: string) => Math.floor(Number(key) / size);
      expect(caveman({ cliques, size, connected })).toEqual({
        ...fromGraphology(graph),
        community: Int32Array.from(graph.nodes(), cave),
      });
    }
  });
});
