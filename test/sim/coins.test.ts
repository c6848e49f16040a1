import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/random/rng.ts';
import { arcCoin, coin, drawRunKey, mix32, nodeCoin, TWO_POW_32 } from '../../src/sim/coins.ts';
import { chiSquareCritical, chiSquareUniform } from '../helpers/chi-square.ts';
import { keyFor } from '../helpers/sim-builders.ts';

/*
 * All keys here are fixed (scenario seed 7, run 0 unless stated), so these tests are
 * deterministic. Critical values are at a one-sided tail of 1e-6 (z = 4.75, Wilson–Hilferty):
 * a healthy hash fails one with probability 1e-6 per fixed key, i.e. in practice never, while a
 * biased one (e.g. a linear coin without the mixer) overshoots them by orders of magnitude.
 */
const KEY = keyFor(7, 0);
const N = 1 << 18;

/** Counts of the top `bits` bits of each value. */
function topBitCounts(values: (i: number) => number, count: number, bits: number): Uint32Array {
  const counts = new Uint32Array(1 << bits);
  for (let i = 0; i < count; i++) counts[values(i) >>> (32 - bits)]++;
  return counts;
}

describe('arc and node coins', () => {
  it('are 32-bit unsigned integers', () => {
    for (let a = 0; a < 1000; a++) {
      const c = arcCoin(KEY, a, a % 3);
      expect(Number.isInteger(c) && c >= 0 && c < TWO_POW_32).toBe(true);
    }
  });

  it.each([
    ['arc coins, attempt 0', (i: number) => arcCoin(KEY, i, 0)],
    ['arc coins, attempt 1', (i: number) => arcCoin(KEY, i, 1)],
    ['arc coins, attempt 5', (i: number) => arcCoin(KEY, i, 5)],
    ['node coins, index 0', (i: number) => nodeCoin(KEY, i, 0)],
    ['node coins, index 3', (i: number) => nodeCoin(KEY, i, 3)],
    ['attempts along arc 17', (i: number) => arcCoin(KEY, 17, i)],
  ])('%s are uniform in their top 8 bits (χ², 255 dof, 2^18 draws)', (_name, values) => {
    const chi = chiSquareUniform(topBitCounts(values, N, 8));
    expect(chi).toBeLessThan(chiSquareCritical(255));
  });

  it('are uniform in their low 8 bits too (χ², 255 dof)', () => {
    const counts = new Uint32Array(256);
    for (let a = 0; a < N; a++) counts[arcCoin(KEY, a, 0) & 255]++;
    expect(chiSquareUniform(counts)).toBeLessThan(chiSquareCritical(255));
  });

  it.each([
    ['neighbouring arcs', (i: number) => [arcCoin(KEY, i, 0), arcCoin(KEY, i + 1, 0)]],
    ['successive attempts on one arc', (i: number) => [arcCoin(KEY, i, 0), arcCoin(KEY, i, 1)]],
    [
      'arc and node coin of the same index',
      (i: number) => [arcCoin(KEY, i, 0), nodeCoin(KEY, i, 0)],
    ],
  ])('%s are pairwise independent (16×16 χ², 255 dof)', (_name, pair) => {
    const counts = new Uint32Array(256);
    for (let i = 0; i < N; i++) {
      const [x, y] = pair(i);
      counts[((x >>> 28) << 4) | (y >>> 28)]++;
    }
    expect(chiSquareUniform(counts)).toBeLessThan(chiSquareCritical(255));
  });

  it('give one arc a uniform coin across runs (the keys drawn per run, χ², 63 dof)', () => {
    const runs = 1 << 15;
    const counts = new Uint32Array(64);
    for (let r = 0; r < runs; r++) counts[arcCoin(keyFor(7, r), 3, 0) >>> 26]++;
    expect(chiSquareUniform(counts)).toBeLessThan(chiSquareCritical(63));
  });

  it('pass on with frequency p (binomial, 2^18 arcs, within 5 standard errors)', () => {
    // SE = √(p(1−p)/N) ≤ 0.001; 5 SE keeps the false-failure chance below 1e-6.
    for (const p of [0.01, 0.1, 0.37, 0.5, 0.9]) {
      const threshold = p * TWO_POW_32;
      let hits = 0;
      for (let a = 0; a < N; a++) if (arcCoin(KEY, a, 0) < threshold) hits++;
      expect(Math.abs(hits / N - p)).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / N));
    }
  });

  it('give distinct arcs distinct coins for a fixed attempt (odd multiplier + bijective mixer)', () => {
    const seen = new Set<number>();
    for (let a = 0; a < 1 << 16; a++) seen.add(arcCoin(KEY, a, 2));
    expect(seen.size).toBe(1 << 16);
  });

  it('are a pure function of (key, item, index)', () => {
    expect(arcCoin(KEY, 123, 4)).toBe(arcCoin(keyFor(7, 0), 123, 4));
    expect(coin(123, 4, KEY.arcMul, KEY.arcAdd)).toBe(arcCoin(KEY, 123, 4));
    expect(arcCoin(keyFor(7, 1), 123, 4)).not.toBe(arcCoin(KEY, 123, 4));
  });
});

describe('drawRunKey', () => {
  it('draws odd multipliers and 32-bit offsets, reproducibly from the run stream', () => {
    for (let r = 0; r < 200; r++) {
      const k = drawRunKey(createRng('s', 'run', r));
      expect(k.arcMul % 2).toBe(1);
      expect(k.nodeMul % 2).toBe(1);
      for (const v of [k.arcMul, k.arcAdd, k.nodeMul, k.nodeAdd])
        expect(Number.isInteger(v) && v >= 0 && v < TWO_POW_32).toBe(true);
      expect(drawRunKey(createRng('s', 'run', r))).toEqual(k);
    }
  });
});

/** lowbias32 in BigInt arithmetic: an independent reference for mix32. */
function mix32Reference(x: number): number {
  const M = 0xffffffffn;
  let v = BigInt(x >>> 0);
  v ^= v >> 16n;
  v = (v * 0x7feb352dn) & M;
  v ^= v >> 15n;
  v = (v * 0x846ca68bn) & M;
  v ^= v >> 16n;
  return Number(v);
}

/** Multiplicative inverse of an odd number modulo 2^32 (Newton's iteration). */
function inverseOdd(a: number): number {
  let x = a; // correct to 3 bits for odd a
  for (let i = 0; i < 5; i++) x = Math.imul(x, 2 - Math.imul(a, x));
  return x >>> 0;
}

/** Undo x ^= x >>> s for s ≥ 11 (two rounds suffice up to 32 bits). */
function unxorshift(x: number, s: number): number {
  let y = x;
  for (let k = 0; k < 3; k++) y = (x ^ (y >>> s)) >>> 0;
  return y >>> 0;
}

/** The inverse of lowbias32: if it round-trips, mix32 is a bijection. */
function unmix32(h: number): number {
  let x = unxorshift(h, 16);
  x = Math.imul(x, inverseOdd(0x846ca68b)) >>> 0;
  x = unxorshift(x, 15);
  x = Math.imul(x, inverseOdd(0x7feb352d)) >>> 0;
  return unxorshift(x, 16);
}

describe('mix32', () => {
  it('matches a BigInt reference implementation of lowbias32', () => {
    const rng = createRng('mix32-ref');
    const failures: number[] = [];
    for (let i = 0; i < 5000; i++) {
      const x = Math.floor(rng() * TWO_POW_32);
      // Signed and unsigned views of the same bits must agree too.
      if (mix32(x) !== mix32Reference(x) || mix32(x | 0) !== mix32Reference(x)) failures.push(x);
    }
    expect(failures).toEqual([]);
    expect(mix32(0)).toBe(0);
  });

  it('round-trips through its inverse on 2^16 random and boundary inputs (a bijection)', () => {
    const rng = createRng('mix32-inverse');
    const inputs = [0, 1, 2, 0x7fffffff, 0x80000000, 0xffffffff];
    for (let i = 0; i < 1 << 16; i++) inputs.push(Math.floor(rng() * TWO_POW_32));
    const failures = inputs.filter((x) => unmix32(mix32(x)) !== x >>> 0);
    expect(failures).toEqual([]);
  });

  it('has no collisions on 2^20 consecutive inputs', () => {
    const out = new Uint32Array(1 << 20);
    for (let i = 0; i < out.length; i++) out[i] = mix32(i);
    out.sort();
    let dupes = 0;
    for (let i = 1; i < out.length; i++) if (out[i] === out[i - 1]) dupes++;
    expect(dupes).toBe(0);
  });
});
