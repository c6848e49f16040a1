import type { z } from 'zod';
import { valueAt } from './json-path.ts';

/**
 * A loose view of zod 4's schema definitions (`_zod.def`), enough to find the schema at a
 * path of a problem and say what it expects there. Only the kinds the scenario schema uses.
 */
export interface SchemaNode {
  readonly _zod: { readonly def: SchemaDef };
}

export interface SchemaCheck {
  readonly _zod: {
    readonly def: {
      check: string;
      value?: number;
      inclusive?: boolean;
      minimum?: number;
      maximum?: number;
    };
  };
}

export interface SchemaDef {
  readonly type: string;
  readonly innerType?: SchemaNode;
  readonly in?: SchemaNode;
  readonly shape?: Record<string, SchemaNode>;
  readonly element?: SchemaNode;
  readonly options?: readonly SchemaNode[];
  readonly discriminator?: string;
  readonly values?: readonly unknown[];
  readonly entries?: Record<string, unknown>;
  readonly checks?: readonly SchemaCheck[];
  readonly format?: string;
}

const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly']);

/** The schema under optional/default/prefault wrappers and pipes. */
export function unwrap(node: SchemaNode): SchemaNode {
  let current = node;
  for (;;) {
    const def = current._zod.def;
    if (WRAPPERS.has(def.type) && def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}

/** For a discriminated union, the option `value` selects; otherwise the node itself. */
export function selectOption(node: SchemaNode, value: unknown): SchemaNode | undefined {
  const { type, discriminator, options } = node._zod.def;
  if (type !== 'union' || discriminator === undefined || !options) return node;
  const tag = valueAt(value, [discriminator]);
  return options.find((option) =>
    option._zod.def.shape?.[discriminator]?._zod.def.values?.includes(tag),
  );
}

/**
 * The schema that validates `path` inside `root`, following discriminated unions by the
 * value found there; undefined where the path leaves the schema (an unknown key, say).
 */
export function schemaAt(
  schema: z.ZodType,
  path: readonly PropertyKey[],
  root: unknown,
): SchemaNode | undefined {
  let node: SchemaNode | undefined = unwrap(schema as unknown as SchemaNode);
  for (let i = 0; i < path.length && node; i++) {
    const option = selectOption(node, valueAt(root, path.slice(0, i)));
    const def: SchemaDef | undefined = option?._zod.def;
    const next: SchemaNode | undefined =
      def?.type === 'object'
        ? def.shape?.[String(path[i])]
        : def?.type === 'array'
          ? def.element
          : undefined;
    node = next && unwrap(next);
  }
  return node && (selectOption(node, valueAt(root, path)) ?? node);
}
