import type { SweepWork } from '../experiment/index.ts';
import {
  planSweep,
  type SweepPlan,
  shardRange,
  totalWork,
  workPieces,
} from '../experiment/index.ts';
import { formatCount } from '../format/index.ts';
import { validateScenario } from '../scenario/index.ts';
import { UserError } from './cli-io.ts';
import { checkHeader, checkShardContent, hasShardBody } from './shard-check.ts';
import { SHARD_FORMAT, SHARD_VERSION, type ShardDocument, sweepHash } from './shard-file.ts';
import { MAX_SHARDS } from './shard-option.ts';

interface Shard {
  readonly name: string;
  readonly document: ShardDocument;
}

/** A problem with the shard files: exit code 1, like any problem in a file. */
function problem(message: string): UserError {
  return new UserError(message, 1);
}

/**
 * Checks that the shard files are the parts of one sweep (same hash, same split, each part
 * 1..N exactly once, each holding exactly its slice of runs) and returns the sweep's plan and
 * the parts' work in order, ready to be assembled.
 */
export function readShards(files: readonly { name: string; text: string }[]): {
  plan: SweepPlan;
  works: SweepWork[];
} {
  if (files.length > MAX_SHARDS)
    throw problem(
      `${formatCount(files.length)} shard files were given; a sweep has at most ${formatCount(MAX_SHARDS)} parts.`,
    );
  const shards = files.map(parseShard);
  const [first] = shards;
  const { count, scenarioHash } = first.document.shard;
  for (const { name, document } of shards) {
    const { shard } = document;
    if (shard.count !== count)
      throw problem(
        `${name} is part ${shard.index} of ${shard.count}, but ${first.name} is part ${first.document.shard.index} of ${count}: they come from different splits of the sweep.`,
      );
    if (shard.scenarioHash !== scenarioHash) {
      throw problem(
        `${name} belongs to a different sweep than ${first.name}: the scenario or the sweep options differ (scenario hash ${shard.scenarioHash.slice(0, 12)}… versus ${scenarioHash.slice(0, 12)}…).`,
      );
    }
    if (hashOf(document) !== shard.scenarioHash)
      throw problem(
        `${name} was changed after it was written: its scenario and sweep no longer match its hash.`,
      );
  }
  const byIndex = new Map<number, Shard>();
  for (const shard of shards) {
    const twin = byIndex.get(shard.document.shard.index);
    if (twin)
      throw problem(
        `Part ${shard.document.shard.index} of ${count} is given twice: ${twin.name} and ${shard.name}.`,
      );
    byIndex.set(shard.document.shard.index, shard);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length > 0) {
    const which =
      missing.length === 1
        ? `Part ${missing[0]} of ${count} is`
        : `Parts ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? `, … (${formatCount(missing.length)} in all)` : ''} of ${count} are`;
    throw problem(`${which} missing; give all ${count} shard files of this sweep.`);
  }
  const validated = validateScenario(first.document.scenario);
  if (!validated.ok)
    throw problem(
      `${first.name} holds a scenario this Ripple cannot read: ${validated.problems[0].message}`,
    );
  const plan = planSweep(validated.scenario, first.document.sweep.x, first.document.sweep.y);
  const ordered = Array.from({ length: count }, (_, i) => byIndex.get(i + 1)!);
  for (const shard of ordered) {
    checkSlice(plan, shard);
    checkShardContent(plan, shard.name, shard.document);
  }
  return { plan, works: ordered.map((s) => s.document) };
}

function parseShard({ name, text }: { name: string; text: string }): Shard {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw problem(`${name} is not JSON, so it is not a shard written by "ripple sweep --shard".`);
  }
  const header = (document as Partial<ShardDocument> | null)?.shard as
    | Record<string, unknown>
    | undefined;
  if (header?.format !== SHARD_FORMAT)
    throw problem(
      `${name} is not a shard written by "ripple sweep --shard" (it has no "shard" header).`,
    );
  if (header.version !== SHARD_VERSION)
    throw problem(
      `${name} is a version ${JSON.stringify(header.version)} shard; this Ripple joins version ${SHARD_VERSION} shards.`,
    );
  checkHeader(name, header);
  if (!hasShardBody(document as Record<string, unknown>)) {
    throw problem(
      `${name} has a shard header but not the records of a shard; it may have been cut short or edited.`,
    );
  }
  return { name, document: document as ShardDocument };
}

/** The hash of what the shard holds, or null when its scenario is no longer one Ripple can read. */
function hashOf(document: ShardDocument): string | null {
  try {
    return sweepHash(document.scenario, document.sweep);
  } catch {
    return null;
  }
}

/** The part holds exactly its slice of the work, run by run, so no two parts overlap. */
function checkSlice(plan: SweepPlan, { name, document }: Shard): void {
  const { index, count, work } = document.shard;
  const [from, to] = shardRange(totalWork(plan), index, count);
  const expected = workPieces(plan, from, to);
  const held = document.points;
  const matches =
    work.from === from &&
    work.to === to &&
    held.length === expected.length &&
    expected.every(
      (piece, i) =>
        held[i].point === piece.point &&
        held[i].records.length === piece.to - piece.from &&
        held[i].records.every((r, k) => r.run === piece.from + k),
    );
  if (!matches)
    throw problem(
      `${name} does not hold exactly the runs of part ${index} of ${count} (runs ${from} to ${to - 1} of the sweep); it overlaps another part or was edited.`,
    );
}
