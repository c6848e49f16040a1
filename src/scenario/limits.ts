/**
 * Ripple's limits on a scenario file. Files are untrusted and may come from anyone, so every
 * size is bounded before any work starts: a typo such as `"nodes": 1e9` is refused at once
 * with a message, rather than hanging the browser tab or the CLI.
 */
export const LIMITS = {
  /** Largest scenario file, in UTF-8 bytes (1 MiB); real scenarios are about 1 KB. */
  fileBytes: 1_048_576,
  /** Deepest nesting of objects and lists; real scenarios nest 4 deep. */
  depth: 32,
  /** Largest graph a scenario may build (the CLI's 1M-node target, with room to spare). */
  nodes: 2_000_000,
  /** Largest expected edge count of a generated graph. */
  edges: 20_000_000,
  seeds: 10_000,
  runs: 100_000,
  steps: 1_000_000,
  communities: 100_000,
  nameChars: 200,
  descriptionChars: 5_000,
  seedChars: 100,
  labelChars: 200,
  pathChars: 1_000,
  /** Values on one axis of a sweep, and grid points of a whole sweep (each point is an ensemble). */
  sweepValues: 100,
  sweepPoints: 2_000,
  /** Seeding variants one comparison may hold. */
  compareVariants: 12,
  /** Largest cost per seed or per follower: money, effort, any unit, but finite. */
  cost: 1e12,
  /** Largest seed given as a number: 2^32 − 1. */
  seedNumber: 4_294_967_295,
} as const;

/** The scenario format version this Ripple writes and reads. */
export const SCENARIO_VERSION = 1;

/** Where a saved scenario points its editor for autocompletion. */
export const SCHEMA_REF = './scenario.schema.json';
