/** Rejects arguments outside a formula's domain, so a typo fails loudly instead of giving NaN. */
export function requireInRange(name: string, value: number, min: number, max = Infinity): void {
  if (!(value >= min && value <= max)) {
    throw new RangeError(`${name} must be a number in [${min}, ${max}], got ${value}`);
  }
}
