/**
 * Alea (J. Baagøe 2010, MIT licence), seeded from text exactly as seedrandom 3's `alea` seeds
 * it, so it draws the same numbers bit for bit (test/random/alea.test.ts checks it against
 * seedrandom over many seeds and draws). Ported because an ensemble seeds two generators per run:
 * seedrandom builds each from several closures and function properties, this one from a single
 * closure, and its seeding is plain arithmetic.
 */

const TWO_POW_MINUS_32 = 2.3283064365386963e-10;

/** Baagøe's Mash: the hash state after mixing in each UTF-16 unit of `text`. */
function mash(state: number, text: string): number {
  let n = state;
  for (let i = 0; i < text.length; i++) {
    n += text.charCodeAt(i);
    let h = 0.02519603282416938 * n;
    n = h >>> 0;
    h -= n;
    h *= n;
    n = h >>> 0;
    h -= n;
    n += h * 0x100000000;
  }
  return n;
}

/** What Mash returns for a state: its low 32 bits as a fraction of 2^32. */
function fraction(state: number): number {
  return (state >>> 0) * TWO_POW_MINUS_32;
}

// Alea's seeding starts by hashing three spaces from Mash's initial state: the same for any seed.
const AFTER_FIRST_SPACE = mash(0xefc8249d, ' ');
const AFTER_SECOND_SPACE = mash(AFTER_FIRST_SPACE, ' ');
const AFTER_SPACES = mash(AFTER_SECOND_SPACE, ' ');

/** The generator seedrandom.alea(text) would give: uniform on [0, 1). */
export function aleaFromText(text: string): () => number {
  // Each of the three words takes its space hash minus a further hash of the whole text.
  let state = mash(AFTER_SPACES, text);
  let s0 = fraction(AFTER_FIRST_SPACE) - fraction(state);
  if (s0 < 0) s0 += 1;
  state = mash(state, text);
  let s1 = fraction(AFTER_SECOND_SPACE) - fraction(state);
  if (s1 < 0) s1 += 1;
  state = mash(state, text);
  let s2 = fraction(AFTER_SPACES) - fraction(state);
  if (s2 < 0) s2 += 1;
  let carry = 1;
  return () => {
    const t = 2091639 * s0 + carry * TWO_POW_MINUS_32;
    s0 = s1;
    s1 = s2;
    s2 = t - (carry = t | 0);
    return s2;
  };
}
