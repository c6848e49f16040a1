/**
 * Buffers one worker reuses across runs on the same network, so a run allocates nothing and
 * touches only the nodes it reaches. Stamps replace clearing: each run gets two fresh marks,
 * `seenMark` (the node saw the content) and `activeMark` = seenMark + 1 (it shared it), and
 * state[v] holds the latest mark; anything below seenMark is from an earlier run. One array
 * for both facts means one memory access per arc check, the engine's dominant cost.
 * What only one model needs (an LT pull, a sharer's age) is that prepared model's own scratch.
 */
export class Workspace {
  readonly state: Uint32Array;
  /** Activation order, steps and parents of the current run (see Cascade). */
  readonly nodes: Int32Array;
  readonly steps: Int32Array;
  readonly parents: Int32Array;
  /** Per-node scratch for walking the cascade tree (generation, tree root, subtree size). */
  readonly generation: Int32Array;
  readonly root: Int32Array;
  readonly subtree: Int32Array;
  /** The frontier of sharers and the next one. */
  frontier: Int32Array;
  next: Int32Array;
  seenMark = 0;
  activeMark = 1;

  constructor(readonly n: number) {
    this.state = new Uint32Array(n);
    this.nodes = new Int32Array(n);
    this.steps = new Int32Array(n);
    this.parents = new Int32Array(n);
    this.generation = new Int32Array(n);
    this.root = new Int32Array(n);
    this.subtree = new Int32Array(n);
    this.frontier = new Int32Array(n);
    this.next = new Int32Array(n);
  }

  /** Fresh marks for a new run; when the 32-bit marks run out, clear and start over. */
  newRun(): void {
    if (this.activeMark >= 0xfffffffd) {
      this.state.fill(0);
      this.activeMark = 1;
    }
    this.seenMark = this.activeMark + 1;
    this.activeMark = this.seenMark + 1;
  }

  swapFrontiers(): void {
    const f = this.frontier;
    this.frontier = this.next;
    this.next = f;
  }
}
