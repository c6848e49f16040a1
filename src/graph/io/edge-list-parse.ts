import { KIND } from '../network.ts';
import { assembleNetwork } from './assemble.ts';
import { type GraphParseResult, ProblemList, plural, quote } from './errors.ts';
import { grow } from './grow.ts';
import { LabelIndex } from './label-index.ts';
import { checkTextSize, MAX_EDGE_LIST_CHARS, MAX_EDGES, tooManyEdges } from './limits.ts';

const WHAT = 'The edge list';
const HASH = 35;
/** The header writeEdgeList puts first, used only to warn when the direction option disagrees. */
export const EDGE_LIST_HEADER = '# Ripple edge list:';

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * Reads an edge list: one edge per line, `source target [weight]`, separated by any spaces or
 * tabs. Node labels are any tokens ("alice bob 0.5"), numbered in first-seen order. `#` starts
 * a comment (whole line or trailing), so labels cannot contain `#`. Blank lines are skipped.
 * Weights are tie strengths in (0, 1]; missing means 1. In a directed list `u v` means v
 * follows u (content flows u → v). Self-loops are dropped and duplicates merged (see
 * assembleNetwork), each with a warning. Every bad line is reported in one GraphFormatError.
 * Tokens are found by scanning character codes and numbered by LabelIndex, for speed.
 */
export function parseEdgeList(text: string, options: { directed: boolean }): GraphParseResult {
  checkTextSize(text, MAX_EDGE_LIST_CHARS, WHAT);
  const problems = new ProblemList();
  const index = new LabelIndex(text);
  let capacity = 1024;
  let src = new Int32Array(capacity);
  let dst = new Int32Array(capacity);
  let weight = new Float64Array(capacity);
  let m = 0;
  const starts = [0, 0, 0];
  const ends = [0, 0, 0];

  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0; // Windows editors may prefix one
  for (let pos = bom, line = 1; pos < text.length; line++) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const tokens = scanTokens(text, pos, end, starts, ends);
    const lineStart = pos;
    pos = end + 1;
    if (tokens === 0) continue;
    if (tokens > 3 || tokens === 1) {
      const found = text.slice(lineStart, end).split('#')[0].trim();
      const hint =
        tokens === 1 && found.includes(',')
          ? ' (separate fields with spaces or tabs, not commas)'
          : '';
      problems.add(
        line,
        `expected 'source target [weight]' but found ${plural(tokens, 'token')} ${quote(found)}${hint}`,
      );
      continue;
    }
    let w = 1;
    if (tokens === 3) {
      const token = text.slice(starts[2], ends[2]);
      w = Number(token);
      if (!(w > 0 && w <= 1)) {
        problems.add(line, `weight must be a number in (0, 1], found ${quote(token)}`);
        continue;
      }
    }
    if (m === MAX_EDGES) throw tooManyEdges(WHAT, line);
    if (m === capacity) {
      capacity *= 2;
      src = grow(src);
      dst = grow(dst);
      weight = grow(weight);
    }
    src[m] = index.idOf(starts[0], ends[0]);
    dst[m] = index.idOf(starts[1], ends[1]);
    weight[m] = w;
    m++;
  }
  problems.throwIfAny(WHAT);

  const result = assembleNetwork({
    directed: options.directed,
    src: src.slice(0, m),
    dst: dst.slice(0, m),
    weight: weight.slice(0, m),
    kind: new Uint8Array(index.labels.length).fill(KIND.person),
    community: null,
    labels: index.labels,
  });
  if (m === 0) result.warnings.unshift('the file has no edges');
  const declared = headerDirection(text.slice(bom, bom + 40));
  if (declared !== null && declared !== options.directed) {
    const [was, read] = declared ? ['directed', 'undirected'] : ['undirected', 'directed'];
    result.warnings.unshift(
      `the file says it is ${was} but was read as ${read}; check the directed option`,
    );
  }
  return result;
}

/**
 * Finds the whitespace-separated tokens of text[from, to) up to a '#'. Returns how many there
 * are and records where the first three start and end (more than three is an error anyway).
 */
function scanTokens(
  text: string,
  from: number,
  to: number,
  starts: number[],
  ends: number[],
): number {
  let tokens = 0;
  for (let i = from; i < to; ) {
    const c = text.charCodeAt(i);
    if (c === HASH) break;
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    while (i < to && !isSpace(text.charCodeAt(i)) && text.charCodeAt(i) !== HASH) i++;
    if (tokens < 3) {
      starts[tokens] = start;
      ends[tokens] = i;
    }
    tokens++;
  }
  return tokens;
}

/** The direction a Ripple-written header declares, or null when there is no such header. */
function headerDirection(start: string): boolean | null {
  if (!start.startsWith(EDGE_LIST_HEADER)) return null;
  const rest = start.slice(EDGE_LIST_HEADER.length).trimStart();
  return rest.startsWith('directed') ? true : rest.startsWith('undirected') ? false : null;
}
