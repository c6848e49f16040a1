/** Nodes allowed as seeds, in index order. */
export function eligibleNodes(n: number, excluded: Uint8Array | null): Int32Array {
  if (!excluded) return Int32Array.from({ length: n }, (_, i) => i);
  if (excluded.length !== n) {
    throw new RangeError(
      `The excluded-node mask has ${excluded.length} entries but the network has ${n} nodes; give one entry per node.`,
    );
  }
  const out: number[] = [];
  for (let v = 0; v < n; v++) if (!excluded[v]) out.push(v);
  return Int32Array.from(out);
}
