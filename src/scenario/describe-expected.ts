import { formatExact, quotedList } from '../format/index.ts';
import { type SchemaCheck, type SchemaNode, unwrap } from './schema-introspect.ts';

/** What a schema accepts, in words a student reads: "a whole number from 1 to 2,000,000". */
export function describeExpected(node: SchemaNode): string {
  const def = unwrap(node)._zod.def;
  switch (def.type) {
    case 'number':
      return `${def.format === 'safeint' ? 'a whole number' : 'a number'}${numberRange(def.checks ?? [])}`;
    case 'string':
      return `text${lengthRange(def.checks ?? [], 'characters')}`;
    case 'boolean':
      return 'true or false';
    case 'literal':
      return quotedList(def.values ?? []);
    case 'enum':
      return `one of ${quotedList(Object.values(def.entries ?? {}))}`;
    case 'array':
      return `a list${lengthRange(def.checks ?? [], 'items')} of ${describeExpected(def.element as SchemaNode)}`;
    case 'object':
      return `an object with ${Object.keys(def.shape ?? {}).join(', ')}`;
    case 'union':
      if (def.discriminator !== undefined)
        return `an object with "${def.discriminator}": ${discriminatorChoices(node)}`;
      return (def.options ?? []).map(describeExpected).join(' or ');
    default:
      return def.type;
  }
}

function discriminatorChoices(node: SchemaNode): string {
  return `one of ${quotedList(tagValues(node))}`;
}

/** The values a discriminated union's tag may take, e.g. the generator names. */
export function tagValues(node: SchemaNode | undefined): string[] {
  const { discriminator = '', options = [] } = node ? unwrap(node)._zod.def : {};
  return options
    .flatMap((option) => option._zod.def.shape?.[discriminator]?._zod.def.values ?? [])
    .map(String);
}

/** The names an object schema knows, or none when `node` is not an object. */
export function knownKeys(node: SchemaNode | undefined): string[] {
  const def = node && unwrap(node)._zod.def;
  return def?.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}

function numberRange(checks: readonly SchemaCheck[]): string {
  const low = checks.find((check) => check._zod.def.check === 'greater_than')?._zod.def;
  const high = checks.find((check) => check._zod.def.check === 'less_than')?._zod.def;
  const lowValue = low?.value === undefined ? '' : formatExact(low.value);
  const highValue = high?.value === undefined ? '' : formatExact(high.value);
  if (low?.inclusive && high?.inclusive) return ` from ${lowValue} to ${highValue}`;
  const parts = [
    low ? `${low.inclusive ? 'at least' : 'above'} ${lowValue}` : '',
    high ? `${high.inclusive ? 'at most' : 'below'} ${highValue}` : '',
  ].filter(Boolean);
  return parts.length ? ` ${parts.join(' and ')}` : '';
}

function lengthRange(checks: readonly SchemaCheck[], unit: string): string {
  const min = checks.find((check) => check._zod.def.check === 'min_length')?._zod.def.minimum;
  const max = checks.find((check) => check._zod.def.check === 'max_length')?._zod.def.maximum;
  if (min && max !== undefined) return ` of ${formatExact(min)} to ${formatExact(max)} ${unit}`;
  if (max !== undefined) return ` of at most ${formatExact(max)} ${unit}`;
  return min ? ` of at least ${formatExact(min)} ${unit}` : '';
}
