import { DOMParser, type Document, ParseError } from '@xmldom/xmldom';
import { GraphFormatError } from './errors.ts';
import { checkTextSize, MAX_XML_CHARS } from './limits.ts';

/**
 * XML parsing shared by GEXF and GraphML, with @xmldom/xmldom 0.9: pure JavaScript, so the same
 * code runs in Node, workers and the browser, and every malformed file stops with one error
 * carrying its line number (a browser DOMParser would return a <parsererror> page instead).
 * xmldom never expands custom entities, so "billion laughs" files fail fast. A byte-order mark
 * (which some Windows tools write) is dropped first. Ripple's own readers (gexf.ts, graphml.ts)
 * then walk the document: graphology's parsers were written for trusted files (an id such as
 * "toString" broke them, and a GraphML key for "__proto__" wrote into Object.prototype).
 */
export function parseXmlDocument(text: string, what: string, root: string): Document {
  checkTextSize(text, MAX_XML_CHARS, what);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let first: { line: number; message: string } | null = null;
  const parser = new DOMParser({
    onError(level, message, context) {
      if (level === 'warning') return;
      first ??= {
        line: context?.locator?.lineNumber || lineBeforeRoot(body, message),
        message: `not well-formed XML: ${message}`,
      };
      throw new Error(message);
    },
  });
  let doc: Document;
  try {
    doc = parser.parseFromString(body, 'application/xml');
  } catch (error) {
    // Whatever stops the parser is about the file: say so, never crash.
    const message = `not well-formed XML: ${error instanceof ParseError ? error.message : String(error)}`;
    throw new GraphFormatError(what, [first ?? { line: 0, message }]);
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

/**
 * xmldom gives no line (0) for content before the root element, such as a second byte-order
 * mark: the line of the piece it quotes, or else the first.
 */
function lineBeforeRoot(body: string, message: string): number {
  const quoted = /'([^']+)'$/.exec(message)?.[1];
  const at = quoted === undefined ? -1 : body.indexOf(quoted);
  return at < 0 ? 1 : body.slice(0, at).split('\n').length;
}
