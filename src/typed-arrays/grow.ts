type GrowableArray = Int32Array | Uint32Array | Float64Array | Float32Array | Uint8Array;

/**
 * A copy of a typed array with room for `capacity` entries, for arrays that grow by doubling
 * (at least 16, so an empty array grows too). The copy has the same type as the original.
 */
export function grow<T extends GrowableArray>(
  array: T,
  capacity = Math.max(16, 2 * array.length),
): T {
  const bigger = new (array.constructor as new (length: number) => T)(capacity);
  bigger.set(array);
  return bigger;
}
