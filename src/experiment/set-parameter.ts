/** Sets a numeric scenario parameter named by a dotted path such as "content.power". */

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

export class ParameterError extends Error {
  override name = 'ParameterError';
}

/**
 * A copy of `target` with the number at `path` replaced by `value`. The path must name a
 * number that is already there (a sweep varies a parameter; it does not invent one), so a typo
 * gets a clear message listing what could have been meant.
 */
export function setParameter<T extends object>(target: T, path: string, value: number): T {
  const keys = path.split('.');
  const copy = structuredClone(target);
  let node: Record<string, unknown> = copy as Record<string, unknown>;
  keys.forEach((key, i) => {
    const here = keys.slice(0, i + 1).join('.');
    if (FORBIDDEN.has(key) || !Object.hasOwn(node, key)) {
      const options = Object.keys(node).filter((k) => !FORBIDDEN.has(k));
      throw new ParameterError(`The scenario has no parameter "${here}". At this level it has: ${options.join(', ')}.`);
    }
    if (i < keys.length - 1) {
      const child = node[key];
      if (typeof child !== 'object' || child === null) throw new ParameterError(`"${here}" is a value, not a group of parameters.`);
      node = child as Record<string, unknown>;
    } else if (typeof node[key] !== 'number') {
      throw new ParameterError(`"${path}" is not a number (it is ${JSON.stringify(node[key])}), so it cannot be swept.`);
    } else {
      node[key] = value;
    }
  });
  return copy;
}

/** `steps` evenly spaced values from `from` to `to` inclusive, rounded to 12 significant digits. */
export function linearValues(from: number, to: number, steps: number): number[] {
  if (!Number.isInteger(steps) || steps < 1) throw new ParameterError(`--steps must be a whole number of at least 1 (got ${steps}).`);
  if (steps === 1) return [from];
  return Array.from({ length: steps }, (_, i) => Number((from + ((to - from) * i) / (steps - 1)).toPrecision(12)));
}
