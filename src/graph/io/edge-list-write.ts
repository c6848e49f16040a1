import { type Network, nodeLabel } from '../network.ts';
import { EDGE_LIST_HEADER } from './edge-list-parse.ts';
import { plural, quote } from './errors.ts';

/** Labels an edge list can hold: non-empty, no ASCII whitespace (the separator), no '#' (comments). */
const UNWRITABLE_LABEL = /[\t\n\v\f\r #]|^$/;

/**
 * Writes the network as an edge list parseEdgeList reads back: a header saying directed or
 * undirected, then `source target` per edge, plus the weight only when some tie is not 1.
 * The format holds only edges, labels and weights: node kinds, communities and isolated nodes
 * are not written (use GEXF or GraphML to keep them). Labels with whitespace or '#' cannot be
 * written and are refused with an error naming them, rather than quoted in a private syntax.
 */
export function writeEdgeList(network: Network): string {
  checkLabels(network);
  const { src, dst, weight } = network;
  const weighted = weight?.some((w) => w !== 1);
  const touched = new Uint8Array(network.n);
  const lines: string[] = [
    `${EDGE_LIST_HEADER} ${network.directed ? 'directed' : 'undirected'}`,
    network.directed
      ? '# source target [weight]: target follows source, content flows source -> target'
      : '# node node [weight]: a two-way tie',
  ];
  const header = lines.length;
  for (let e = 0; e < src.length; e++) {
    touched[src[e]] = touched[dst[e]] = 1;
    const pair = `${nodeLabel(network, src[e])} ${nodeLabel(network, dst[e])}`;
    lines.push(weighted ? `${pair} ${weight![e]}` : pair);
  }
  const isolated = network.n - touched.reduce((sum, t) => sum + t, 0);
  if (isolated > 0)
    lines.splice(
      header,
      0,
      `# ${plural(isolated, 'isolated node')} not listed (an edge list holds only edges)`,
    );
  return `${lines.join('\n')}\n`;
}

function checkLabels(network: Network): void {
  if (!network.labels) return;
  const bad = network.labels.flatMap((label, i) =>
    UNWRITABLE_LABEL.test(label) ? [`node ${i} ${quote(label)}`] : [],
  );
  if (bad.length === 0) return;
  throw new Error(
    `cannot write an edge list: ${plural(bad.length, 'label')} ${bad.length === 1 ? 'is' : 'are'} empty or contain whitespace or '#', ` +
      `which the format cannot hold (${bad.slice(0, 5).join(', ')}${bad.length > 5 ? ', …' : ''}); save as GEXF or GraphML instead`,
  );
}
