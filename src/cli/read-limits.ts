import { MAX_EDGE_LIST_CHARS } from '../graph/index.ts';
import { LIMITS } from '../scenario/index.ts';

/**
 * The most bytes the CLI reads from each kind of file it is handed, enforced while reading
 * (docs/trust-model.md). A scenario is small; a graph file gets room for the largest edge list
 * the parser takes plus a margin, so its own limit gives the precise message; a shard holds
 * one record per run of its slice, and `merge` holds all its shards at once.
 */
export const READ_LIMITS = {
  scenario: LIMITS.fileBytes,
  graph: MAX_EDGE_LIST_CHARS + 2 ** 26,
  shard: 2 ** 28,
  /** All the shards one merge reads, held in memory together. */
  allShards: 2 ** 30,
} as const;
