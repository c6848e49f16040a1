import { aleaFromText } from './alea.ts';

/** A uniform generator on [0, 1): the only source of randomness Ripple code may use. */
export type Rng = () => number;

/** A seed as a person writes it in a scenario: a whole number or any text. */
export type Seed = number | string;

/**
 * A seeded generator for one named stream, e.g. `createRng(42, 'run', 17)`.
 * Streams are keyed by their whole path, so run 17 draws the same numbers whichever
 * worker, batch or machine executes it (the determinism contract of docs/models.md).
 * The generator is seedrandom's Alea (its fastest well-tested algorithm), seeded with the path
 * joined by "/": "42/run/17".
 */
export function createRng(seed: Seed, ...path: Array<string | number>): Rng {
  let text = String(seed);
  for (const part of path) text += `/${part}`;
  return aleaFromText(text);
}

/** A uniform integer in [0, n). */
export function randomInt(rng: Rng, n: number): number {
  return Math.floor(rng() * n);
}

/** A uniform unsigned 32-bit integer, used to key counter-based coins. */
export function randomUint32(rng: Rng): number {
  return Math.floor(rng() * 4294967296) >>> 0;
}
