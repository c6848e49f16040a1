/**
 * What one run records. Activated nodes are listed in activation order (steps never decrease),
 * so a parent always comes before its children: the cascade tree can be walked in one pass.
 */
export interface Cascade {
  /** Number of activated nodes (seeds included): the reach. */
  readonly size: number;
  /** Activated nodes in activation order; only the first `size` entries are meaningful. */
  readonly nodes: Int32Array;
  /** Activation step of nodes[i]. */
  readonly steps: Int32Array;
  /** Who activated nodes[i] (a node id), or -1 for a seed. */
  readonly parents: Int32Array;
  /** Times the content was shown: every share is shown to every out-neighbour. */
  readonly impressions: number;
  /** Distinct nodes that saw the content (seeds and sharers included). */
  readonly uniqueViewers: number;
  /** Looks along an arc, the unit of the engine's speed figures. */
  readonly edgeChecks: number;
}

/** A copy that owns its arrays, trimmed to the reach (engine results live in a reused workspace). */
export function copyCascade(c: Cascade): Cascade {
  return {
    ...c,
    nodes: c.nodes.slice(0, c.size),
    steps: c.steps.slice(0, c.size),
    parents: c.parents.slice(0, c.size),
  };
}
