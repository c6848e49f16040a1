/** Sets a numeric scenario parameter named by a dotted path such as "content.power". */
import { parameterProblem } from '../scenario/index.ts';

export class ParameterError extends Error {
  override name = 'ParameterError';
}

/** A copy of `target` with the number at `path` (which must be there already) replaced by `value`. */
export function setParameter<T extends object>(target: T, path: string, value: number): T {
  const problem = parameterProblem(target, path);
  if (problem) throw new ParameterError(problem);
  const copy = structuredClone(target);
  const keys = path.split('.');
  const parent = keys
    .slice(0, -1)
    .reduce((node, key) => node[key] as Record<string, unknown>, copy as Record<string, unknown>);
  parent[keys[keys.length - 1]] = value;
  return copy;
}

/** `steps` evenly spaced values from `from` to `to` inclusive, rounded to 12 significant digits. */
export function linearValues(from: number, to: number, steps: number): number[] {
  if (!Number.isInteger(steps) || steps < 1)
    throw new ParameterError(`--steps must be a whole number of at least 1 (got ${steps}).`);
  if (steps === 1) return [from];
  return Array.from({ length: steps }, (_, i) =>
    Number((from + ((to - from) * i) / (steps - 1)).toPrecision(12)),
  );
}
