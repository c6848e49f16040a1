import { type Network, nodeLabel } from '../network.ts';
import { EDGE_LIST_HEADER } from './edge-list-parse.ts';
import { GraphExportError, plural, quote } from './errors.ts';

/** Labels an edge list can hold: non-empty, no ASCII whitespace (the separator), no '#' (comments). */
const UNWRITABLE_LABEL = /[\t\n\v\f\r #]|^$/;

/**
 * Writes the network as an edge list parseEdgeList reads back: a header saying directed or
 * undirected, then `source target` per edge, plus the weight only when some tie is not 1, then
 * each node without ties alone on a line, so that reading the file back keeps every person.
 * The format holds only edges, labels and weights: node kinds and communities are not written
 * (use GEXF or GraphML to keep them). Labels with whitespace or '#' cannot be written and are
 * refused with an error naming them, rather than quoted in a private syntax.
 */
export function writeEdgeList(network: Network): string {
  const { src, dst, weight } = network;
  const touched = new Uint8Array(network.n);
  for (let e = 0; e < src.length; e++) touched[src[e]] = touched[dst[e]] = 1;
  checkLabels(network, touched);
  const weighted = weight?.some((w) => w !== 1);
  const isolated = network.n - touched.reduce((sum, t) => sum + t, 0);
  const lines: string[] = [
    `${EDGE_LIST_HEADER} ${network.directed ? 'directed' : 'undirected'}`,
    network.directed
      ? '# source target [weight]: target follows source, content flows source -> target'
      : '# node node [weight]: a two-way tie',
  ];
  if (isolated > 0)
    lines.push(`# ${plural(isolated, 'node')} without ties, each alone on a line at the end`);
  for (let e = 0; e < src.length; e++) {
    const pair = `${nodeLabel(network, src[e])} ${nodeLabel(network, dst[e])}`;
    lines.push(weighted ? `${pair} ${weight![e]}` : pair);
  }
  for (let i = 0; i < network.n; i++) if (!touched[i]) lines.push(nodeLabel(network, i));
  return `${lines.join('\n')}\n`;
}

/** A label alone on a line with a comma would read back as a CSV line, which is refused. */
function checkLabels(network: Network, touched: Uint8Array): void {
  if (!network.labels) return;
  const bad = network.labels.flatMap((label, i) =>
    UNWRITABLE_LABEL.test(label) || (!touched[i] && label.includes(','))
      ? [`node ${i} ${quote(label)}`]
      : [],
  );
  if (bad.length === 0) return;
  throw new GraphExportError(
    `cannot write an edge list: ${plural(bad.length, 'label')} ${bad.length === 1 ? 'is' : 'are'} empty or contain whitespace or '#' (or a comma, for a node without ties), ` +
      `which the format cannot hold (${bad.slice(0, 5).join(', ')}${bad.length > 5 ? ', …' : ''}); save as GEXF or GraphML instead`,
  );
}
