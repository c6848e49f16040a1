import { escapeUnsafe, type Problem } from '../../scenario/index.ts';

/** Beyond this many, a list of problems stops helping; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 100;

export interface ProblemLine {
  /** The JSON path, e.g. `$.graph.nodes`. */
  readonly path: string;
  readonly message: string;
  /** "expected … · found … · line …, column …", leaving out what the message already says; null when it says all. */
  readonly detail: string | null;
}

export interface ProblemsText {
  readonly title: string;
  readonly items: readonly ProblemLine[];
  /** "…and 12 more problems" when the list was cut short, else null. */
  readonly more: string | null;
  readonly note: string;
}

/**
 * The words of the problems panel, kept apart from the DOM so they can be tested and reused.
 * `instead` says what is open when it is not what was open before (at start-up, an example).
 */
export function problemsText(
  source: string,
  problems: readonly Problem[],
  instead?: string,
): ProblemsText {
  const hidden = problems.length - MAX_LISTED_PROBLEMS;
  return {
    // The file name is untrusted too: escaped so direction-changing characters cannot reorder the title.
    title: `"${escapeUnsafe(source)}" was not opened: ${count(problems.length)}`,
    items: problems.slice(0, MAX_LISTED_PROBLEMS).map(problemLine),
    more: hidden > 0 ? `…and ${count(hidden, 'more ')}` : null,
    note: instead ? `${instead} is open instead.` : 'What you had open is unchanged.',
  };
}

function problemLine(problem: Problem): ProblemLine {
  const { path, message, expected, found, line, column } = problem;
  const parts = [
    message.includes(expected) ? null : `expected ${expected}`,
    message.includes(found) ? null : `found ${found}`,
    line === undefined || message.includes(`line ${line}`)
      ? null
      : `line ${line}${column === undefined ? '' : `, column ${column}`}`,
  ].filter((part) => part !== null);
  return { path, message, detail: parts.length > 0 ? parts.join(' · ') : null };
}

function count(n: number, prefix = ''): string {
  return `${n.toLocaleString('en-US')} ${prefix}problem${n === 1 ? '' : 's'}`;
}
