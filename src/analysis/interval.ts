/** A closed range of parameter values or of an estimate, low ≤ high. */
export interface Interval {
  low: number;
  high: number;
}

/** The smallest interval holding all the given numbers (NaN ignored). */
export function hull(...xs: number[]): Interval {
  const finite = xs.filter((x) => !Number.isNaN(x));
  return { low: Math.min(...finite), high: Math.max(...finite) };
}

export function fromPair(pair: readonly [number, number]): Interval {
  return { low: pair[0], high: pair[1] };
}
