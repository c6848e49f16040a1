import { escapeUnsafe } from './plain-text.ts';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** ['seeding', 'nodes', 3] → "$.seeding.nodes[3]"; other keys are quoted and escaped: $["my key"]. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && IDENTIFIER.test(segment)) out += `.${segment}`;
    else out += `[${escapeUnsafe(JSON.stringify(String(segment)))}]`;
  }
  return out;
}

/** The value at `path` inside `root`, reading own properties only; undefined when absent. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, segment))
      return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}
