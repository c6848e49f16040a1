import { createHash } from 'node:crypto';
import type { SweepPlan, SweepWork } from '../experiment/index.ts';
import { type Scenario, serializeScenario } from '../scenario/index.ts';

export const SHARD_FORMAT = 'ripple-sweep-shard';
export const SHARD_VERSION = 1;

export interface ShardHeader {
  readonly format: typeof SHARD_FORMAT;
  readonly version: typeof SHARD_VERSION;
  /** Part `index` (1-based) of `count`. */
  readonly index: number;
  readonly count: number;
  /** sha256 of the scenario and the sweep's axes: shards of one sweep share it. */
  readonly scenarioHash: string;
  /** sha256 of this part's records and network facts, so `merge` notices an edit or damage. */
  readonly recordsHash: string;
  /** The slice of the sweep's (point, run) work this part ran: [from, to) of `of`. */
  readonly work: { readonly from: number; readonly to: number; readonly of: number };
}

/** A shard result: the header, what is needed to summarise (scenario, axes) and the slice's records. */
export interface ShardDocument extends SweepWork {
  readonly shard: ShardHeader;
  readonly scenario: Scenario;
  readonly sweep: { readonly x: SweepPlan['x']; readonly y: SweepPlan['y'] };
}

/** The hash that ties shards to one sweep: the scenario as serialized (overrides applied) and the axes. */
export function sweepHash(scenario: Scenario, sweep: ShardDocument['sweep']): string {
  return createHash('sha256')
    .update(serializeScenario(scenario))
    .update(JSON.stringify(sweep))
    .digest('hex');
}

/** The digest of a part's work as written (JSON of its points, then its rows). */
export function recordsDigest(work: SweepWork): string {
  return createHash('sha256')
    .update(JSON.stringify(work.points))
    .update(JSON.stringify(work.rows))
    .digest('hex');
}

/** The file text of a shard: compact JSON (records make it long; nobody reads it by eye). */
export function shardText(
  plan: SweepPlan,
  part: { index: number; count: number },
  work: ShardHeader['work'],
  result: SweepWork,
): string {
  const sweep = { x: plan.x, y: plan.y };
  const shard: ShardHeader = {
    format: SHARD_FORMAT,
    version: SHARD_VERSION,
    ...part,
    scenarioHash: sweepHash(plan.base, sweep),
    recordsHash: recordsDigest(result),
    work,
  };
  const document: ShardDocument = {
    shard,
    scenario: plan.base,
    sweep,
    points: result.points,
    rows: result.rows,
  };
  return `${JSON.stringify(document)}\n`;
}
