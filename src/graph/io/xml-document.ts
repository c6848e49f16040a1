import { DOMParser, Document, ParseError } from '@xmldom/xmldom';
import Graph from 'graphology';
import type { AbstractGraph, GraphConstructor } from 'graphology-types';
import { GraphFormatError, type GraphParseResult, plural } from './errors.ts';
import { importGraphology } from './graphology.ts';
import { checkTextSize, MAX_XML_CHARS } from './limits.ts';

/**
 * XML parsing shared by GEXF and GraphML. graphology-gexf/-graphml pick their DOM by entry
 * point (their package root always loads @xmldom/xmldom 0.8; only a bundler alias would pick
 * their browser build, which uses the page's lenient DOMParser). Ripple instead hands their
 * DOM-agnostic parser factories a document parsed here with @xmldom/xmldom 0.9: pure
 * JavaScript, so the same code runs in Node, workers and the browser, and every malformed file
 * stops with one error carrying its line number (a browser DOMParser would return a
 * <parsererror> page instead). xmldom never expands custom entities, so "billion laughs"
 * files fail fast.
 */
export function parseXmlDocument(text: string, what: string, root: string): Document {
  checkTextSize(text, MAX_XML_CHARS, what);
  let first: { line: number; message: string } | null = null;
  const parser = new DOMParser({
    onError(level, message, context) {
      if (level === 'warning') return;
      first ??= {
        line: context?.locator?.lineNumber ?? 0,
        message: `not well-formed XML: ${message}`,
      };
      throw new Error(message);
    },
  });
  let doc: Document;
  try {
    doc = parser.parseFromString(text, 'application/xml');
  } catch (error) {
    if (!(error instanceof ParseError) || !first) throw error;
    throw new GraphFormatError(what, [first]);
  }
  const found = doc.documentElement?.tagName;
  if (found !== root) {
    throw new GraphFormatError(what, [
      { line: 0, message: `expected a <${root}> document but the file starts with <${found}>` },
    ]);
  }
  if (doc.getElementsByTagName('graph').length === 0) {
    throw new GraphFormatError(what, [{ line: 0, message: 'the file has no <graph> element' }]);
  }
  return doc;
}

type ParserFactory = (
  DOMParser: unknown,
  Document: unknown,
) => (Graph: GraphConstructor, source: unknown, options?: Record<string, boolean>) => AbstractGraph;

export interface XmlGraphFormat {
  /** "The GEXF file": how messages name the input. */
  what: string;
  /** The root element the format requires. */
  root: string;
  /** graphology-gexf's or graphology-graphml's DOM-agnostic parser factory. */
  factory: ParserFactory;
  /** The <graph> attribute declaring the default edge direction. */
  directionAttribute: string;
}

/**
 * Parses an XML graph file and imports it with importGraphology's rules. Edges naming nodes
 * the file never declares add those nodes, with a warning. The graphology parsers' errors
 * (written for programmers) become a GraphFormatError a reader of the file can act on.
 */
export function readXmlGraph(text: string, format: XmlGraphFormat): GraphParseResult {
  const { what, root, factory, directionAttribute } = format;
  const doc = parseXmlDocument(text, what, root);
  let graph: AbstractGraph;
  try {
    graph = factory(DOMParser, Document)(Graph, doc, {
      addMissingNodes: true,
      allowUndeclaredAttributes: true,
    });
  } catch (error) {
    const message =
      error instanceof Error
        ? error.message.replace(/^graphology-\w+\/parser: /, '')
        : String(error);
    throw new GraphFormatError(what, [{ line: 0, message }]);
  }
  // The parsers may guess the type from the edges, so an edgeless file could lose its declared direction.
  if (graph.size === 0) {
    const declared = doc.getElementsByTagName('graph')[0].getAttribute(directionAttribute);
    graph = graph.emptyCopy({ type: declared === 'directed' ? 'directed' : 'undirected' });
  }
  const result = importGraphology(graph);
  const added = graph.order - doc.getElementsByTagName('node').length;
  if (added > 0)
    result.warnings.unshift(
      `added ${plural(added, 'node')} that edges use but the file does not declare`,
    );
  return result;
}
