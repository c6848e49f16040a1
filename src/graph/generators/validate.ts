/**
 * Option checks shared by the generators. Each throws a RangeError whose message a student
 * can act on: which model, which option, what it needs, and what it got.
 */

/** `value` must be a whole number in [min, max]. */
export function requireInteger(
  model: string,
  name: string,
  value: number,
  min: number,
  max = Infinity,
): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    const range =
      max === Infinity ? `a whole number ≥ ${min}` : `a whole number from ${min} to ${max}`;
    throw new RangeError(`${model} needs ${name} to be ${range} (got ${name} = ${value}).`);
  }
}

/** `value` must be a probability in [0, 1]. */
export function requireProbability(model: string, name: string, value: number): void {
  if (!(value >= 0 && value <= 1)) {
    throw new RangeError(
      `${model} needs ${name} to be a probability between 0 and 1 (got ${name} = ${value}).`,
    );
  }
}
