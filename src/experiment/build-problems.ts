import { GraphFormatError } from '../graph/index.ts';
import type { Problem } from '../scenario/index.ts';
import { SeedingError } from './seeding-error.ts';

/** A scenario that could not be made runnable, with every problem a person can act on. */
export class BuildError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(problems.map((p) => p.message).join('\n'));
    this.name = 'BuildError';
  }
}

/** Errors from building a network or its seeds, as problems with where they are. */
export function problemsOf(error: unknown): Problem[] {
  if (error instanceof BuildError) return [...error.problems];
  if (error instanceof GraphFormatError) {
    return error.problems.map((p) => ({
      path: p.line ? `line ${p.line}` : '$.graph',
      expected: 'a valid graph file',
      found: '',
      message: p.message,
    }));
  }
  const path = error instanceof SeedingError ? error.path : '$.graph';
  return [
    {
      path,
      expected: 'a network Ripple can build',
      found: '',
      message: error instanceof Error ? error.message : String(error),
    },
  ];
}
