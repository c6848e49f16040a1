/** A copy of a typed array with room for `capacity` entries, for arrays that grow by doubling. */
export function grow<T extends Int32Array | Float64Array>(
  array: T,
  capacity = array.length * 2,
): T {
  const bigger = new (array.constructor as new (length: number) => T)(capacity);
  bigger.set(array);
  return bigger;
}
