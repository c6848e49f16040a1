import Graph, { MultiGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { fromGraphology, importGraphology, toGraphology } from '../../../src/graph/io/index.ts';
import type { Network } from '../../../src/graph/network.ts';

const network: Network = {
  n: 3,
  directed: false,
  src: Int32Array.from([0, 1]),
  dst: Int32Array.from([1, 2]),
  weight: Float64Array.from([0.5, 1]),
  kind: Uint8Array.from([0, 1, 2]),
  community: Int32Array.from([0, 0, -1]),
  labels: null,
};

describe('toGraphology', () => {
  it('uses indices or labels as keys, kind names, communities and weights', () => {
    const graph = toGraphology(network);
    expect(graph.type).toBe('undirected');
    expect(graph.nodes()).toEqual(['0', '1', '2']);
    expect(graph.getNodeAttributes('1')).toEqual({ kind: 'opinion-leader', community: 0 });
    expect(graph.getEdgeAttributes(graph.edge('0', '1'))).toEqual({ weight: 0.5 });
    expect(toGraphology({ ...network, labels: ['x', 'y', 'z'] }).hasEdge('y', 'z')).toBe(true);
  });

  it('merges duplicate edges keeping the strongest tie, and rejects duplicate labels', () => {
    const doubled = {
      ...network,
      src: Int32Array.from([0, 1]),
      dst: Int32Array.from([1, 0]),
      weight: Float64Array.from([0.3, 0.8]),
    };
    const graph = toGraphology(doubled);
    expect(graph.size).toBe(1);
    expect(graph.getEdgeAttribute(graph.edge('0', '1'), 'weight')).toBe(0.8);
    expect(() => toGraphology({ ...network, labels: ['x', 'x', 'z'] })).toThrow(
      "two nodes share the label 'x'",
    );
  });
});

describe('fromGraphology', () => {
  it('keeps keys as labels, null when they are the indices in order', () => {
    const graph = new Graph({ type: 'directed' });
    graph.mergeEdge('bob', 'amy');
    expect(fromGraphology(graph).labels).toEqual(['bob', 'amy']);
    expect(fromGraphology(toGraphology(network)).labels).toBeNull();
  });

  it('merges multi-edges and drops self-loops, saying so', () => {
    const graph = new MultiGraph({ type: 'undirected' });
    graph.mergeNode('a');
    graph.mergeNode('b');
    graph.addEdge('a', 'b', { weight: 0.2 });
    graph.addEdge('b', 'a', { weight: 0.6 });
    graph.addEdge('a', 'a');
    const { network: back, warnings } = importGraphology(graph);
    expect([...back.weight!]).toEqual([0.6]);
    expect(warnings).toHaveLength(2);
  });

  it('reads odd community values as unknown, with a warning', () => {
    const graph = new Graph();
    graph.addNode('a', { community: 2.5 });
    graph.addNode('b', { community: '3' });
    const { network: back, warnings } = importGraphology(graph);
    expect([...back.community!]).toEqual([-1, 3]);
    expect(warnings).toEqual(['1 community value not a whole number ≥ -1, read as unknown (-1)']);
  });
});
