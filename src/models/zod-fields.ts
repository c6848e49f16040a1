import './zod-config.ts';
import { z } from 'zod';

/** Number fields of a scenario, shared by the model descriptors and the rest of the schema. */

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
