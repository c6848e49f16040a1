/** Graph file formats by file name: apart from the parsers, so the page can tell a graph file without loading them. */
export const GRAPH_FORMATS = ['edgelist', 'gexf', 'graphml'] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

/**
 * File extensions of each format. CSV is deliberately absent: CSV edge lists come with header
 * rows and quoted fields that a whitespace-separated edge list does not have.
 */
const EXTENSIONS: Record<string, GraphFormat> = {
  txt: 'edgelist',
  edges: 'edgelist',
  edgelist: 'edgelist',
  el: 'edgelist',
  tsv: 'edgelist',
  gexf: 'gexf',
  graphml: 'graphml',
  xml: 'graphml',
};

/** The format a file name's extension implies; throws, listing the known extensions, otherwise. */
export function detectGraphFormat(fileName: string): GraphFormat {
  const dot = fileName.lastIndexOf('.');
  const extension = dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
  const format = Object.hasOwn(EXTENSIONS, extension) ? EXTENSIONS[extension] : undefined;
  if (format) return format;
  const known = Object.keys(EXTENSIONS)
    .map((e) => `.${e}`)
    .join(', ');
  throw new Error(
    `cannot tell the graph format of '${fileName}' from its extension; use one of ${known}`,
  );
}
