import { grow } from '../../typed-arrays/index.ts';

/**
 * A binary max-heap of nodes keyed by a number, ties going to the lower node index, so every
 * ranking built on it is deterministic. Keys are stored with the entries, which lets callers
 * push a node again with a new key and skip stale entries (lazy deletion).
 */
export class NodeQueue {
  private nodes: Int32Array;
  private keys: Float64Array;
  private length: number;

  /** Heapify all `nodes` at once in O(n). */
  constructor(nodes: ArrayLike<number>, key: (node: number) => number) {
    this.length = nodes.length;
    this.nodes = Int32Array.from(nodes);
    this.keys = Float64Array.from(this.nodes, key);
    for (let i = (this.length >> 1) - 1; i >= 0; i--) this.siftDown(i);
  }

  get size(): number {
    return this.length;
  }

  /** The best node (call only when size > 0). */
  topNode(): number {
    return this.nodes[0];
  }

  topKey(): number {
    return this.keys[0];
  }

  pop(): void {
    this.length--;
    this.move(this.length, 0);
    this.siftDown(0);
  }

  push(node: number, key: number): void {
    if (this.length === this.nodes.length) {
      this.nodes = grow(this.nodes);
      this.keys = grow(this.keys);
    }
    let i = this.length++;
    this.nodes[i] = node;
    this.keys[i] = key;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  private before(i: number, j: number): boolean {
    return (
      this.keys[i] > this.keys[j] ||
      (this.keys[i] === this.keys[j] && this.nodes[i] < this.nodes[j])
    );
  }

  private siftDown(i: number): void {
    for (;;) {
      const left = 2 * i + 1;
      if (left >= this.length) return;
      const best = left + 1 < this.length && this.before(left + 1, left) ? left + 1 : left;
      if (!this.before(best, i)) return;
      this.swap(i, best);
      i = best;
    }
  }

  private move(from: number, to: number): void {
    this.nodes[to] = this.nodes[from];
    this.keys[to] = this.keys[from];
  }

  private swap(i: number, j: number): void {
    const node = this.nodes[i];
    const key = this.keys[i];
    this.move(j, i);
    this.nodes[j] = node;
    this.keys[j] = key;
  }
}

/** The `count` best candidates by key (ties to the lower index), best first: O(n + count log n). */
export function topNodes(
  candidates: Int32Array,
  count: number,
  key: (node: number) => number,
): Int32Array {
  const queue = new NodeQueue(candidates, key);
  const out = new Int32Array(Math.min(count, candidates.length));
  for (let i = 0; i < out.length; i++) {
    out[i] = queue.topNode();
    queue.pop();
  }
  return out;
}
