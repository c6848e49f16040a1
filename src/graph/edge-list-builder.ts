import { grow } from '../typed-arrays/index.ts';
import type { Network } from './network.ts';

/**
 * Collects edges into growing typed arrays, so generators of million-edge graphs
 * never hold millions of small objects.
 */
export class EdgeListBuilder {
  private src: Int32Array;
  private dst: Int32Array;
  private size = 0;

  constructor(expectedEdges = 1024) {
    const capacity = Math.max(16, Math.ceil(expectedEdges));
    this.src = new Int32Array(capacity);
    this.dst = new Int32Array(capacity);
  }

  get length(): number {
    return this.size;
  }

  add(u: number, v: number): void {
    if (this.size === this.src.length) {
      this.src = grow(this.src);
      this.dst = grow(this.dst);
    }
    this.src[this.size] = u;
    this.dst[this.size] = v;
    this.size++;
  }

  /** A network of n plain people with these edges (no weights, no communities). */
  toNetwork(n: number, directed: boolean, community: Int32Array | null = null): Network {
    return {
      n,
      directed,
      src: this.src.slice(0, this.size),
      dst: this.dst.slice(0, this.size),
      weight: null,
      kind: new Uint8Array(n),
      community,
      labels: null,
    };
  }
}
