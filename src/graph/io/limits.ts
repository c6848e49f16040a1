import { GraphFormatError } from './errors.ts';

/**
 * Input size limits: files beyond these are refused up front with a clear message rather than
 * left to exhaust memory. An edge list of 5M edges is about 100 MB of text; XML is far more
 * verbose and its DOM costs roughly 20x the text, hence the lower XML limit.
 */
export const MAX_EDGE_LIST_CHARS = 200_000_000;
export const MAX_XML_CHARS = 50_000_000;
export const MAX_EDGES = 5_000_000;

export function checkTextSize(text: string, limit: number, what: string): void {
  if (text.length > limit) {
    const mb = (n: number) => `${Math.round(n / 1e6)} MB`;
    throw new GraphFormatError(what, [
      {
        line: 0,
        message: `the file is ${mb(text.length)}; Ripple reads files of this kind up to ${mb(limit)}`,
      },
    ]);
  }
}

export function tooManyEdges(what: string, line = 0): GraphFormatError {
  return new GraphFormatError(what, [
    {
      line,
      message: `more than ${MAX_EDGES.toLocaleString('en')} edges; Ripple reads networks up to that size`,
    },
  ]);
}
