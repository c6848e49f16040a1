export { parseEdgeList } from './edge-list-parse.ts';
export { writeEdgeList } from './edge-list-write.ts';
export {
  type FormatProblem,
  GraphExportError,
  GraphFormatError,
  type GraphParseResult,
  MAX_LISTED_PROBLEMS,
} from './errors.ts';
export { parseGraph, writeGraph } from './format.ts';
export { detectGraphFormat, GRAPH_FORMATS, type GraphFormat } from './format-name.ts';
export { parseGexf, writeGexf } from './gexf.ts';
export { parseGraphml, writeGraphml } from './graphml.ts';
export { fromGraphology, importGraphology, toGraphology } from './graphology.ts';
export { MAX_EDGE_LIST_CHARS, MAX_EDGES, MAX_XML_CHARS } from './limits.ts';
