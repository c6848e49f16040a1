import type Graph from 'graphology';
import { EdgeListBuilder } from '../edge-list-builder.ts';
import type { Network } from '../network.ts';

/**
 * Turns one of graphology-generators' small classic graphs into a Network. Private to
 * karateClub and caveman (the general graphology adapter lives elsewhere). Nodes are
 * numbered in graphology's insertion order; labels are kept only if they are not already
 * "0", "1", … in that order. `communityOf` reads a node's community from its key and attributes.
 */
export function fromGraphologyClassic(
  graph: Graph,
  communityOf?: (key: string, attributes: Record<string, unknown>) => number,
): Network {
  const keys = graph.nodes();
  const index = new Map<string, number>();
  keys.forEach((key, i) => index.set(key, i));
  const out = new EdgeListBuilder(graph.size);
  graph.forEachEdge((_edge, _attributes, source, target) => out.add(index.get(source)!, index.get(target)!));

  let community: Int32Array | null = null;
  if (communityOf) {
    community = new Int32Array(keys.length);
    keys.forEach((key, i) => (community![i] = communityOf(key, graph.getNodeAttributes(key))));
  }
  const network = out.toNetwork(keys.length, graph.type === 'directed', community);
  const plain = keys.every((key, i) => key === String(i));
  return plain ? network : { ...network, labels: keys };
}
