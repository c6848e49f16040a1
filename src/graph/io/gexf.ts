import { write } from 'graphology-gexf';
import createGexfParser from 'graphology-gexf/common/parser.js';
import type { Network } from '../network.ts';
import type { GraphParseResult } from './errors.ts';
import { toGraphology } from './graphology.ts';
import { readXmlGraph } from './xml-document.ts';
import { checkXmlLabels } from './xml-safe.ts';

/**
 * Reads GEXF (Gephi's format) with graphology-gexf, then importGraphology's rules: node ids
 * become labels; node attributes `kind`, `community` and edge `weight` are read.
 */
export function parseGexf(text: string): GraphParseResult {
  return readXmlGraph(text, {
    what: 'The GEXF file',
    root: 'gexf',
    factory: createGexfParser,
    directionAttribute: 'defaultedgetype',
  });
}

/** GEXF 1.2 via graphology-gexf: node id = label, `kind` and `community` as attributes, edge weights. */
export function writeGexf(network: Network): string {
  checkXmlLabels(network, 'GEXF');
  return write(toGraphology(network));
}
