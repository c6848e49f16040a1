import { z } from 'zod';
import { PLAIN_TEXT } from './plain-text.ts';

// Number fields live with the model descriptors (src/models), which use them too.
export { positiveFraction, probability, wholeNumber } from '../models/index.ts';

/** Text a person wrote, shown back only as plain text, never as HTML (see plain-text.ts). */
export function plainText(maxChars: number, minChars = 0) {
  return z.string().min(minChars).max(maxChars).regex(PLAIN_TEXT);
}

/** Records a problem found by a check across several fields (see problems.ts). */
export function addProblem(
  ctx: z.RefinementCtx,
  path: PropertyKey[],
  expected: string,
  message: string,
  found?: string,
): void {
  ctx.addIssue({
    code: 'custom',
    path,
    message,
    params: found === undefined ? { expected } : { expected, found },
  });
}
