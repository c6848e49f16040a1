/**
 * Reached nodes sorted by activation step, so playback can find the nodes a step adds without
 * scanning the whole network: nodes activated at step s are order[start[s] .. start[s + 1]).
 */
export interface ActivationOrder {
  readonly order: Int32Array;
  readonly start: Int32Array;
}

export function activationOrder(step: Int32Array): ActivationOrder {
  let last = -1;
  for (let v = 0; v < step.length; v++) if (step[v] > last) last = step[v];
  const start = new Int32Array(last + 2);
  for (let v = 0; v < step.length; v++) if (step[v] >= 0) start[step[v] + 1]++;
  for (let s = 0; s <= last; s++) start[s + 1] += start[s];
  const fill = start.slice(0, last + 1);
  const order = new Int32Array(start[last + 1]);
  for (let v = 0; v < step.length; v++) if (step[v] >= 0) order[fill[step[v]]++] = v;
  return { order, start };
}

/** Nodes with from < step ≤ to (either bound may be ±Infinity). */
export function activatedBetween(
  activation: ActivationOrder,
  from: number,
  to: number,
): Int32Array {
  const { order, start } = activation;
  const index = (t: number): number =>
    start[Math.max(0, Math.min(start.length - 1, Math.floor(t) + 1))];
  const lo = from < 0 ? 0 : index(from);
  const hi = to < 0 ? 0 : index(to);
  return order.subarray(lo, Math.max(lo, hi));
}
