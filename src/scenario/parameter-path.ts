/** Which scenario numbers an experiment may vary, named by a dotted path such as "content.power". */

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** The sections that describe the experiment itself; sweep and compare only say what to vary. */
const SWEEPABLE_SECTIONS = ['graph', 'content', 'seeding', 'run'];

/**
 * Why `path` does not name a number already in `target`, or null when it does. A sweep varies
 * a parameter that is there; it does not invent one, so a typo gets a message listing what
 * could have been meant.
 */
export function parameterProblem(target: object, path: string): string | null {
  const keys = path.split('.');
  if (!SWEEPABLE_SECTIONS.includes(keys[0])) {
    return `"${path}" is not a parameter to vary: name a number under ${SWEEPABLE_SECTIONS.join(', ')}, such as "content.power".`;
  }
  let node: unknown = target;
  for (const [i, key] of keys.entries()) {
    const here = keys.slice(0, i + 1).join('.');
    if (typeof node !== 'object' || node === null)
      return `"${keys.slice(0, i).join('.')}" is a value, not a group of parameters.`;
    const group = node as Record<string, unknown>;
    if (FORBIDDEN.has(key) || !Object.hasOwn(group, key)) {
      const options = Object.keys(group).filter((k) => !FORBIDDEN.has(k));
      return `The scenario has no parameter "${here}". At this level it has: ${options.join(', ')}.`;
    }
    node = group[key];
  }
  return typeof node === 'number'
    ? null
    : `"${path}" is not a number (it is ${JSON.stringify(node)}), so it cannot be varied.`;
}
