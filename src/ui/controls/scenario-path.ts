/** Reading and immutably replacing values inside a scenario by a path of keys. */

export type Path = readonly string[];

export function getAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** A copy of root with the value at path replaced (undefined removes the key); the rest is shared. */
export function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path;
  const node = typeof root === 'object' && root !== null ? (root as Record<string, unknown>) : {};
  const copy: Record<string, unknown> = { ...node };
  const next = setAt(node[key], rest, value);
  if (next === undefined) delete copy[key];
  else copy[key] = next;
  return copy;
}
