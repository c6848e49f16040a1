import type { Network } from '../network.ts';

/** One thing wrong with an input file. `line` is 1-based; 0 means not tied to one line. */
export interface FormatProblem {
  line: number;
  message: string;
}

/** What every parser returns: the network, plus notes on what was fixed up (never silent). */
export interface GraphParseResult {
  network: Network;
  warnings: string[];
}

/** The most problems listed one by one; past this only a count is kept. */
export const MAX_LISTED_PROBLEMS = 50;

/**
 * A file that could not be read, with every problem found (up to MAX_LISTED_PROBLEMS, then a
 * count of the rest in `unlisted`), so a person can fix them all in one pass.
 */
export class GraphFormatError extends Error {
  readonly problems: FormatProblem[];
  readonly unlisted: number;

  constructor(what: string, problems: FormatProblem[], unlisted = 0) {
    const total = problems.length + unlisted;
    const lines = problems.map((p) => (p.line > 0 ? `line ${p.line}: ${p.message}` : p.message));
    if (unlisted > 0) lines.push(`… and ${plural(unlisted, 'more problem')}`);
    super(`${what} has ${plural(total, 'problem')}:\n${lines.join('\n')}`);
    this.name = 'GraphFormatError';
    this.problems = problems;
    this.unlisted = unlisted;
  }
}

/**
 * A network that cannot be written in the format asked for (a label the format cannot hold):
 * a problem in the input the network came from, said plainly, never a crash.
 */
export class GraphExportError extends Error {
  override name = 'GraphExportError';
}

/** Gathers problems while a parser keeps going, so all of them are reported at once. */
export class ProblemList {
  private readonly listed: FormatProblem[] = [];
  private extra = 0;

  add(line: number, message: string): void {
    if (this.listed.length < MAX_LISTED_PROBLEMS) this.listed.push({ line, message });
    else this.extra++;
  }

  get size(): number {
    return this.listed.length + this.extra;
  }

  /** Throws a GraphFormatError describing `what` if anything was added. */
  throwIfAny(what: string): void {
    if (this.size > 0) throw new GraphFormatError(what, this.listed, this.extra);
  }
}

/** Quotes a piece of untrusted input for a message, shortened so one bad line cannot flood it. */
export function quote(text: string, max = 60): string {
  return `'${text.length > max ? `${text.slice(0, max)}…` : text}'`;
}

/** "1 token", "3 tokens", "12,000 edges". */
export function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en')} ${noun}${count === 1 ? '' : 's'}`;
}
