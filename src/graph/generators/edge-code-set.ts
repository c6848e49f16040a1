/**
 * A set of edges keyed by one number per edge (see edgeCode), stored in an open-addressing
 * table on a Float64Array: a JS Set of millions of non-small-integer keys costs several
 * times the memory and time. Linear probing, tombstones for deletion.
 */
const EMPTY = -1;
const DELETED = -2;

/** The key of edge u→v in a network of n nodes; undirected edges are keyed by (min, max). */
export function edgeCode(u: number, v: number, n: number, directed: boolean): number {
  return directed || u < v ? u * n + v : v * n + u;
}

export class EdgeCodeSet {
  private keys: Float64Array;
  private mask: number;
  private used = 0; // live keys plus tombstones: what slows probing

  constructor(expected = 16) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Float64Array(capacity).fill(EMPTY);
    this.mask = capacity - 1;
  }

  has(code: number): boolean {
    return this.keys[this.find(code)] === code;
  }

  /** Adds the code; false if it was already present. */
  add(code: number): boolean {
    const slot = this.find(code);
    if (this.keys[slot] === code) return false;
    if (this.keys[slot] === EMPTY) this.used++;
    this.keys[slot] = code;
    if (this.used * 2 > this.keys.length) this.rehash();
    return true;
  }

  /** Removes the code; false if it was absent. */
  delete(code: number): boolean {
    const slot = this.find(code);
    if (this.keys[slot] !== code) return false;
    this.keys[slot] = DELETED;
    return true;
  }

  /** The slot holding code, else the first reusable slot on its probe path. */
  private find(code: number): number {
    const keys = this.keys;
    let slot = hash(code) & this.mask;
    let reusable = -1;
    for (;;) {
      const key = keys[slot];
      if (key === code) return slot;
      if (key === EMPTY) return reusable >= 0 ? reusable : slot;
      if (key === DELETED && reusable < 0) reusable = slot;
      slot = (slot + 1) & this.mask;
    }
  }

  private rehash(): void {
    const old = this.keys;
    let live = 0;
    for (let i = 0; i < old.length; i++) if (old[i] >= 0) live++;
    const capacity = live * 4 > old.length ? old.length * 2 : old.length;
    this.keys = new Float64Array(capacity).fill(EMPTY);
    this.mask = capacity - 1;
    this.used = live;
    for (let i = 0; i < old.length; i++) {
      const code = old[i];
      if (code >= 0) this.keys[this.find(code)] = code;
    }
  }
}

/** Mixes both 32-bit halves of a code below 2^53 (murmur3 finaliser). */
function hash(code: number): number {
  let h = (code >>> 0) ^ Math.imul((code / 4294967296) >>> 0, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
