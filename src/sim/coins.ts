import { type Rng, randomUint32 } from '../random/rng.ts';

/**
 * Counter-based random coins (the idea of Salmon et al. 2011, "Parallel random numbers: as easy
 * as 1, 2, 3"). A run draws four 32-bit keys from its injected generator; every coin after that
 * is a keyed hash of *which* coin it is (arc and attempt, or node and step), not of *when* it
 * is drawn. So each arc's coin is fixed for the run whatever order the cascade explores it in:
 * the live-edge coupling of Kempe et al. 2003. Adding a seed, raising the power or rerunning on
 * another worker can then only add activations, never reshuffle the luck.
 */
export interface RunKey {
  /** Odd multiplier and offset for arc coins. */
  readonly arcMul: number;
  readonly arcAdd: number;
  /** Odd multiplier and offset for node coins (thresholds, loss of interest). */
  readonly nodeMul: number;
  readonly nodeAdd: number;
}

export const TWO_POW_32 = 4294967296;

/** The four keys of one run, drawn from that run's own generator. */
export function drawRunKey(rng: Rng): RunKey {
  return {
    arcMul: (randomUint32(rng) | 1) >>> 0,
    arcAdd: randomUint32(rng),
    nodeMul: (randomUint32(rng) | 1) >>> 0,
    nodeAdd: randomUint32(rng),
  };
}

/**
 * A bijective 32-bit mixer ("lowbias32", C. Wellons 2018; bias 0.17 against the ideal 0.0),
 * returning an unsigned integer in [0, 2^32).
 */
export function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Golden-ratio step that separates successive attempts along the same arc (SIR). */
const ATTEMPT_STEP = 0x9e3779b9;

/**
 * The keyed coin for item `item` (an arc or a node) at its `index`-th draw, uniform on
 * [0, 2^32). Hot loops call this with the key's numbers held in locals.
 */
export function coin(item: number, index: number, mul: number, add: number): number {
  return mix32((Math.imul(item, mul) + add + Math.imul(index, ATTEMPT_STEP)) | 0);
}

/** Coin for the attempt-th try along arc `arc`. */
export function arcCoin(key: RunKey, arc: number, attempt: number): number {
  return coin(arc, attempt, key.arcMul, key.arcAdd);
}

/** Coin for node `node` at its `index`-th draw (LT threshold, SIR loss of interest). */
export function nodeCoin(key: RunKey, node: number, index: number): number {
  return coin(node, index, key.nodeMul, key.nodeAdd);
}
