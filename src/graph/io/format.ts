import type { Network } from '../network.ts';
import { parseEdgeList } from './edge-list-parse.ts';
import { writeEdgeList } from './edge-list-write.ts';
import type { GraphParseResult } from './errors.ts';
import type { GraphFormat } from './format-name.ts';
import { parseGexf, writeGexf } from './gexf.ts';
import { parseGraphml, writeGraphml } from './graphml.ts';

/**
 * Parses text in the given format. `directed` and `nodes` (ids are 0..nodes−1) apply to edge
 * lists only: XML formats declare their direction and list their nodes.
 */
export function parseGraph(
  text: string,
  format: GraphFormat,
  options: { directed: boolean; nodes?: number },
): GraphParseResult {
  switch (format) {
    case 'edgelist':
      return parseEdgeList(text, options);
    case 'gexf':
      return parseGexf(text);
    case 'graphml':
      return parseGraphml(text);
  }
}

export function writeGraph(network: Network, format: GraphFormat): string {
  switch (format) {
    case 'edgelist':
      return writeEdgeList(network);
    case 'gexf':
      return writeGexf(network);
    case 'graphml':
      return writeGraphml(network);
  }
}
