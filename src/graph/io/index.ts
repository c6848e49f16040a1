export { GraphFormatError, MAX_LISTED_PROBLEMS, type FormatProblem, type GraphParseResult } from './errors.ts';
export { MAX_EDGE_LIST_CHARS, MAX_XML_CHARS, MAX_EDGES } from './limits.ts';
export { toGraphology, fromGraphology, importGraphology } from './graphology.ts';
export { parseEdgeList } from './edge-list-parse.ts';
export { writeEdgeList } from './edge-list-write.ts';
export { parseGexf, writeGexf } from './gexf.ts';
export { parseGraphml, writeGraphml } from './graphml.ts';
export { parseGraph, writeGraph } from './format.ts';
export { detectGraphFormat, GRAPH_FORMATS, type GraphFormat } from './format-name.ts';
