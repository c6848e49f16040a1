import * as z from 'zod';
import { LONE_SURROGATE, PLAIN_TEXT } from './plain-text.ts';

/** Text a person wrote, shown back only as plain text, never as HTML (see plain-text.ts). */
export function plainText(maxChars: number, minChars = 0) {
  return z
    .string()
    .min(minChars)
    .max(maxChars)
    .regex(PLAIN_TEXT)
    .refine((text) => !LONE_SURROGATE.test(text), {
      message:
        'This text holds half of a character (a lone surrogate, shown as a \\u escape); the file may be damaged: retype the text.',
      params: { expected: 'text of whole characters' },
    });
}

/** An integer in [min, max]. */
export function wholeNumber(min: number, max: number) {
  return z.int().min(min).max(max);
}

/** A probability in [0, 1]. */
export function probability() {
  return z.number().min(0).max(1);
}

/** A share or weight in (0, 1]. */
export function positiveFraction() {
  return z.number().gt(0).max(1);
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
