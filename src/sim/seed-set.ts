/** Where and when the stone drops: node indices with the step each is activated at. */
export interface SeedSet {
  readonly nodes: Int32Array;
  /** Activation step per seed (0 = all at once); same length as nodes. */
  readonly steps: Int32Array;
}

/** All seeds at step 0: the multi-point synchronous start. */
export function synchronousSeeds(nodes: ArrayLike<number>): SeedSet {
  return { nodes: Int32Array.from(nodes), steps: new Int32Array(nodes.length) };
}
