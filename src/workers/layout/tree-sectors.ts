/**
 * Radial drawing of a forest: every node owns an angular sector, roots share the full circle
 * and children share their parent's sector, each in proportion to its subtree size, so big
 * branches get room and every child lies inside its parent's sector. Used both for the ripple
 * view (the cascade tree) and for the layout's starting positions (a breadth-first tree).
 */
export interface TreeSectors {
  /** Sector start and width in radians per node; NaN for nodes outside the forest. */
  readonly start: Float64Array;
  readonly width: Float64Array;
}

/**
 * `order` lists the forest's nodes top-down (every parent before its children); `parent[v]` is
 * v's parent, or -1 (or any node not in `order`) for a root. Children are laid out in `order`.
 */
export function treeSectors(n: number, parent: Int32Array, order: Int32Array): TreeSectors {
  const inForest = new Uint8Array(n);
  for (let i = 0; i < order.length; i++) inForest[order[i]] = 1;
  const isChild = (v: number): boolean => parent[v] >= 0 && inForest[parent[v]] === 1;

  const size = new Float64Array(n);
  for (let i = order.length - 1; i >= 0; i--) {
    const v = order[i];
    size[v] += 1;
    if (isChild(v)) size[parent[v]] += size[v];
  }
  let rootTotal = 0;
  for (let i = 0; i < order.length; i++) if (!isChild(order[i])) rootTotal += size[order[i]];

  const start = new Float64Array(n).fill(Number.NaN);
  const width = new Float64Array(n).fill(Number.NaN);
  // Next free angle inside each node's sector, handed out to its children in turn.
  const cursor = new Float64Array(n);
  let rootCursor = 0;
  for (let i = 0; i < order.length; i++) {
    const v = order[i];
    if (isChild(v)) {
      const p = parent[v];
      width[v] = (width[p] * size[v]) / (size[p] - 1);
      start[v] = cursor[p];
      cursor[p] += width[v];
    } else {
      width[v] = (2 * Math.PI * size[v]) / rootTotal;
      start[v] = rootCursor;
      rootCursor += width[v];
    }
    cursor[v] = start[v];
  }
  return { start, width };
}
