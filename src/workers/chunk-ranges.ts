/** Chunks of runs [first, end) small enough to balance load and report progress, large enough to be cheap. */
export function chunkRanges(end: number, workers: number, first = 0): Array<[number, number]> {
  const size = Math.max(1, Math.min(250, Math.ceil((end - first) / (workers * 8))));
  const out: Array<[number, number]> = [];
  for (let from = first; from < end; from += size) out.push([from, Math.min(end, from + size)]);
  return out;
}
