import { describe, expect, it } from 'vitest';
import { KIND } from '../../src/graph/network.ts';
import { buildNetwork } from '../../src/scenario/build-network.ts';
import type { GraphSpec } from '../../src/scenario/index.ts';
import { minimal, valid } from './helpers.ts';

const graphOf = (graph: unknown): GraphSpec => valid({ ...minimal(), graph }).graph;

describe('buildNetwork', () => {
  it('builds the same network from the same seed, and another from another seed', () => {
    const spec = graphOf({
      generator: 'barabasi-albert',
      nodes: 300,
      m: 2,
      ties: { placement: 'random' },
      population: { opinionLeaders: 3, botShare: 0.2 },
    });
    const a = buildNetwork(spec, 42).network;
    const b = buildNetwork(spec, 42).network;
    const c = buildNetwork(spec, 43).network;
    expect(b).toEqual(a);
    expect(c.src).not.toEqual(a.src);
  });

  it('draws the graph, ties and population from separate streams', () => {
    const plain = buildNetwork(
      graphOf({ generator: 'erdos-renyi', nodes: 200, meanDegree: 4 }),
      's',
    ).network;
    const dressed = buildNetwork(
      graphOf({
        generator: 'erdos-renyi',
        nodes: 200,
        meanDegree: 4,
        ties: {},
        population: { botShare: 0.5 },
      }),
      's',
    ).network;
    expect(dressed.src).toEqual(plain.src);
    expect(dressed.dst).toEqual(plain.dst);
    expect(plain.weight).toBeNull();
    expect(new Set(dressed.weight)).toEqual(new Set([1, 0.3]));
    expect(dressed.kind.some((kind) => kind === KIND.bot)).toBe(true);
  });

  it('turns a mean degree into p = z / (n − 1) and splits block sizes evenly', () => {
    const er = buildNetwork(
      graphOf({ generator: 'erdos-renyi', nodes: 2000, meanDegree: 6 }),
      1,
    ).network;
    expect((2 * er.src.length) / er.n).toBeCloseTo(6, 0);
    const sbm = buildNetwork(
      graphOf({ generator: 'stochastic-block', communities: 3, nodes: 10, pIn: 1, pOut: 0 }),
      1,
    ).network;
    expect(Array.from(sbm.community ?? [])).toEqual([0, 0, 0, 0, 1, 1, 1, 2, 2, 2]);
    expect(sbm.src.length).toBe(6 + 3 + 3);
  });

  it('reads a graph file through the reader it is given', () => {
    const read: string[] = [];
    const readFile = (path: string) => {
      read.push(path);
      return '# friends\nalice bob\nbob carol 0.5\n';
    };
    const { network } = buildNetwork(
      graphOf({ generator: 'file', path: 'graphs/friends.txt' }),
      1,
      readFile,
    );
    expect(read).toEqual(['graphs/friends.txt']);
    expect(network.n).toBe(3);
    expect(network.labels).toEqual(['alice', 'bob', 'carol']);
    expect(network.directed).toBe(false);
  });

  it('warns when tie settings replace the weights of a graph file', () => {
    const spec = graphOf({ generator: 'file', path: 'g.txt', ties: {} });
    const { warnings } = buildNetwork(spec, 1, () => 'a b 0.5\nb c 0.2\n');
    expect(warnings).toContain(
      'The tie settings replace the edge weights given in the graph file.',
    );
  });

  it('says clearly when it cannot read a graph file', () => {
    const spec = graphOf({ generator: 'file', path: 'graphs/friends.txt' });
    expect(() => buildNetwork(spec, 1)).toThrow('reads its graph from "graphs/friends.txt"');
  });
});
