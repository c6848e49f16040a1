/** One thing wrong with a scenario file, in terms the person editing it can act on. */
export interface Problem {
  /** Where: a JSON path such as `$.graph.nodes` or `$.seeding.nodes[3]`. */
  readonly path: string;
  /** What belongs there, e.g. "a whole number from 1 to 2,000,000". */
  readonly expected: string;
  /** A short JSON-like rendering of what is there ("nothing" when missing); plain text. */
  readonly found: string;
  /** A sentence saying what is wrong and how to fix it. */
  readonly message: string;
  /** For JSON syntax errors: where in the text, 1-based. */
  readonly line?: number;
  readonly column?: number;
}

/** Something valid but probably not what was meant. */
export interface ScenarioWarning {
  readonly path: string;
  readonly message: string;
}
