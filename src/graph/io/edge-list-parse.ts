import { grow } from '../../typed-arrays/index.ts';
import { KIND } from '../network.ts';
import { assembleNetwork } from './assemble.ts';
import { type GraphParseResult, ProblemList, plural, quote } from './errors.ts';
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
 * tabs, or one node alone on a line (a person without ties, who would otherwise be lost). Node
 * labels are any tokens ("alice bob 0.5"), numbered in first-seen order; with `nodes` N, the
 * ids must be 0..N−1 and node i is id i, so ids no line uses are kept as nodes without ties.
 * `#` starts a comment (whole line or trailing), so labels cannot contain `#`. Blank lines are
 * skipped. Weights are tie strengths in (0, 1]; missing means 1. In a directed list `u v` means
 * v follows u (content flows u → v). Self-loops are dropped and duplicates merged (see
 * assembleNetwork), each with a warning; whole-number ids with gaps get a warning (unless the file lists people without ties), since nodes
 * without ties may be missing. Every bad line is reported in one GraphFormatError.
 * Tokens are found by scanning character codes and numbered by LabelIndex, for speed.
 */
export function parseEdgeList(
  text: string,
  options: { directed: boolean; nodes?: number },
): GraphParseResult {
  checkTextSize(text, MAX_EDGE_LIST_CHARS, WHAT);
  const problems = new ProblemList();
  const { nodes } = options;
  const index = new LabelIndex(text);
  /** The id of the token text[from, to) on `line`, or -1 (with a problem) when it is not one. */
  const idOf = (from: number, to: number, line: number): number => {
    if (nodes === undefined) return index.idOf(from, to);
    const id = wholeNumberAt(text, from, to);
    if (id >= 0 && id < nodes) return id;
    problems.add(
      line,
      `node ${quote(text.slice(from, to))} is not a whole number from 0 to ${nodes - 1} (the file is read as nodes 0 to ${nodes - 1})`,
    );
    return -1;
  };
  let capacity = 1024;
  let src = new Int32Array(capacity);
  let dst = new Int32Array(capacity);
  let weight = new Float64Array(capacity);
  let m = 0;
  let declaresLoners = false;
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
    const commas = tokens === 1 && text.slice(starts[0], ends[0]).includes(',');
    if (tokens > 3 || commas) {
      const found = text.slice(lineStart, end).split('#')[0].trim();
      const hint = commas ? ' (separate fields with spaces or tabs, not commas)' : '';
      problems.add(
        line,
        `expected 'source target [weight]' but found ${plural(tokens, 'token')} ${quote(found)}${hint}`,
      );
      continue;
    }
    if (tokens === 1) {
      idOf(starts[0], ends[0], line); // a node without ties, declared on a line of its own
      declaresLoners = true;
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
    const u = idOf(starts[0], ends[0], line);
    const v = idOf(starts[1], ends[1], line);
    if (u < 0 || v < 0) continue;
    src[m] = u;
    dst[m] = v;
    weight[m] = w;
    m++;
  }
  problems.throwIfAny(WHAT);

  const n = nodes ?? index.labels.length;
  const result = assembleNetwork({
    directed: options.directed,
    src: src.slice(0, m),
    dst: dst.slice(0, m),
    weight: weight.slice(0, m),
    kind: new Uint8Array(n).fill(KIND.person),
    community: null,
    labels: nodes === undefined ? index.labels : null,
  });
  const declared = headerDirection(text.slice(bom, bom + 40));
  // A file that lists people without ties on lines of their own has named all its people, and
  // so does one writeEdgeList wrote (its header says so): gaps between ids are not people.
  if (nodes === undefined && !declaresLoners && declared === null) {
    const gaps = idGaps(index.labels);
    if (gaps) result.warnings.push(gaps);
  }
  if (m === 0) result.warnings.unshift('the file has no edges');
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

/** The value of a canonical whole number token ("0", "17", not "017" or "1e3"), or -1. */
function wholeNumberAt(text: string, from: number, to: number): number {
  if (to - from > 9 || (text.charCodeAt(from) === 48 && to - from > 1)) return -1;
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

const WHOLE_NUMBER = /^(?:0|[1-9]\d{0,8})$/;

/**
 * A warning when every label is a whole number but some in their range never appear: the file
 * probably numbers its people 0..N−1 and left out those without ties, who then vanish (random
 * seeds never land on them, which biases P(global) up).
 */
function idGaps(labels: readonly string[]): string | null {
  if (labels.length === 0 || !labels.every((label) => WHOLE_NUMBER.test(label))) return null;
  let [low, high] = [Infinity, -Infinity];
  for (const label of labels) {
    const id = Number(label);
    low = Math.min(low, id);
    high = Math.max(high, id);
  }
  const range = high - low + 1;
  if (range === labels.length) return null;
  return (
    `the node ids are whole numbers from ${low} to ${high}, but only ${plural(labels.length, 'id')} of those ${range.toLocaleString('en')} appear: ` +
    'people without ties are missing from the network. If the ids are 0 to N−1, give the number of nodes ' +
    '("nodes" in the scenario, or --nodes N), or list each person without ties on a line of their own'
  );
}

/** The direction a Ripple-written header declares, or null when there is no such header. */
function headerDirection(start: string): boolean | null {
  if (!start.startsWith(EDGE_LIST_HEADER)) return null;
  const rest = start.slice(EDGE_LIST_HEADER.length).trimStart();
  return rest.startsWith('directed') ? true : rest.startsWith('undirected') ? false : null;
}
