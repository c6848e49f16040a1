import type { SweepPlan } from '../experiment/index.ts';
import { formatCount } from '../format/index.ts';
import { LIMITS } from '../scenario/index.ts';
import { UserError } from './cli-io.ts';
import { recordsDigest, type ShardDocument } from './shard-file.ts';
import { MAX_SHARDS } from './shard-option.ts';

/**
 * Checks on a shard file before `merge` trusts it. A shard may have been cut short, edited or
 * made by hand, so its header and the shape of its records are checked first, and every
 * record's values and the digest of the records once the sweep's plan is known.
 */

const RECORD_COUNTS = ['reach', 'uniqueViewers', 'firstGeneration', 'depth'] as const;
const RECORD_STEPS = ['timeToPeak', 'duration'] as const;

function wholeIn(value: unknown, min: number, max: number): value is number {
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function problem(message: string): UserError {
  return new UserError(message, 1);
}

/** The header's numbers: part i of N (N bounded), the hashes, the slice of the work. */
export function checkHeader(name: string, header: Record<string, unknown>): void {
  const damaged = (what: string) =>
    problem(`${name} has a damaged shard header: ${what}. Write the shard again.`);
  if (!wholeIn(header.count, 1, MAX_SHARDS))
    throw damaged(`"count" must be a whole number from 1 to ${formatCount(MAX_SHARDS)}`);
  if (!wholeIn(header.index, 1, header.count))
    throw damaged(`"index" must be a whole number from 1 to ${header.count}`);
  for (const key of ['scenarioHash', 'recordsHash'])
    if (typeof header[key] !== 'string' || !/^[0-9a-f]{64}$/.test(header[key] as string))
      throw damaged(`"${key}" must be a sha256 digest`);
  const { work } = header;
  const counts = ['from', 'to', 'of'] as const;
  if (!isObject(work) || !counts.every((k) => wholeIn(work[k], 0, Number.MAX_SAFE_INTEGER)))
    throw damaged('"work" must hold whole numbers from, to and of');
}

/** The shape of the body: the axes, the rows of network facts and the points of records. */
export function hasShardBody(document: Record<string, unknown>): boolean {
  const { sweep, rows, points } = document;
  const axis = (a: unknown) =>
    isObject(a) &&
    typeof a.parameter === 'string' &&
    Array.isArray(a.values) &&
    a.values.length <= LIMITS.sweepValues &&
    a.values.every(Number.isFinite);
  return (
    isObject(sweep) &&
    axis(sweep.x) &&
    (sweep.y === null || axis(sweep.y)) &&
    Array.isArray(rows) &&
    rows.every((r) => isObject(r) && isObject(r.facts)) &&
    Array.isArray(points) &&
    points.every((p) => isObject(p) && Array.isArray(p.records) && p.records.every(isObject))
  );
}

/**
 * Every value `merge` will summarise is of the right type and in range for the network it ran
 * on, and the records are the ones the shard was written with (their digest matches). The digest
 * catches accidental edits and damage; it is not a signature against a forger.
 */
export function checkShardContent(plan: SweepPlan, name: string, document: ShardDocument): void {
  const bad = (where: string, what: string) =>
    problem(`${name} holds impossible values (${where}: ${what}); it was edited or damaged.`);
  for (const { row, facts } of document.rows) {
    if (!wholeIn(row, 0, plan.rowScenarios.length - 1))
      throw bad('rows', `row ${JSON.stringify(row)} is not a row of this sweep`);
    const why = factsProblem(facts as unknown as Record<string, unknown>);
    if (why) throw bad(`row ${row + 1}`, why);
  }
  for (const piece of document.points) {
    const where = `point ${piece.point + 1}`;
    const n = piece.nodes;
    if (!wholeIn(n, 1, LIMITS.nodes)) throw bad(where, `${JSON.stringify(n)} nodes`);
    const { maxSteps } = plan.points[piece.point].scenario.run;
    for (const record of piece.records) {
      const why = recordProblem(record as unknown as Record<string, unknown>, n, maxSteps);
      if (why) throw bad(`${where}, run ${record.run}`, why);
    }
  }
  if (recordsDigest(document) !== document.shard.recordsHash)
    throw problem(
      `${name} was changed after it was written: its records no longer match their digest.`,
    );
}

function recordProblem(r: Record<string, unknown>, n: number, maxSteps: number): string | null {
  for (const key of RECORD_COUNTS)
    if (!wholeIn(r[key], 0, n)) return `${key} is ${JSON.stringify(r[key])}, not 0 to ${n}`;
  for (const key of RECORD_STEPS)
    if (!wholeIn(r[key], 0, maxSteps))
      return `${key} is ${JSON.stringify(r[key])}, not a step from 0 to ${maxSteps}`;
  if (!wholeIn(r.impressions, 0, Number.MAX_SAFE_INTEGER))
    return `impressions is ${JSON.stringify(r.impressions)}`;
  const virality = r.structuralVirality;
  if (typeof virality !== 'number' || !(virality >= 0) || !Number.isFinite(virality))
    return `structuralVirality is ${JSON.stringify(virality)}`;
  for (const [key, length] of [
    ['newByStep', maxSteps + 1],
    ['byGeneration', n + 1],
  ] as const) {
    const list = r[key];
    if (!Array.isArray(list) || list.length > length || !list.every((c) => wholeIn(c, 0, n)))
      return `${key} is not a list of counts from 0 to ${n}`;
  }
  return null;
}

function factsProblem(facts: Record<string, unknown>): string | null {
  const { nodes, degree, meanTieStrength } = facts;
  if (!wholeIn(nodes, 1, LIMITS.nodes)) return `${JSON.stringify(nodes)} nodes`;
  if (!(typeof meanTieStrength === 'number' && meanTieStrength > 0 && meanTieStrength <= 1))
    return `mean tie strength ${JSON.stringify(meanTieStrength)}`;
  if (!isObject(degree) || typeof degree.directed !== 'boolean') return 'no degree facts';
  for (const key of ['meanDegree', 'meanSquareDegree', 'meanInOutDegree']) {
    const value = degree[key];
    if (key === 'meanInOutDegree' && value === undefined) continue;
    if (typeof value !== 'number' || !(value >= 0) || !Number.isFinite(value))
      return `${key} is ${JSON.stringify(value)}`;
  }
  const { histogram } = degree;
  if (
    !Array.isArray(histogram) ||
    histogram.length > nodes ||
    !histogram.every((c) => wholeIn(c, 0, nodes)) ||
    histogram.reduce((sum: number, c: number) => sum + c, 0) !== nodes
  )
    return 'the degree histogram does not count the nodes';
  return null;
}
