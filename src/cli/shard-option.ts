import { formatCount } from '../format/index.ts';
import type { ParsedOptions } from './args.ts';
import { UserError } from './cli-io.ts';

/** Most parts a sweep may be split into: more than any batch system needs, far fewer than runs. */
export const MAX_SHARDS = 100_000;

/** --shard i/N: part i (1-based) of N; null without the option. */
export function shardOption(options: ParsedOptions): { index: number; count: number } | null {
  const raw = options.shard;
  if (raw === undefined) return null;
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(raw);
  if (!match) throw new UserError(`--shard must look like 2/5 (part 2 of 5); got "${raw}".`);
  const [index, count] = [Number(match[1]), Number(match[2])];
  if (count < 1 || count > MAX_SHARDS)
    throw new UserError(
      `--shard ${raw}: the number of parts must be from 1 to ${formatCount(MAX_SHARDS)}.`,
    );
  if (index < 1 || index > count)
    throw new UserError(`--shard ${raw}: the part must be from 1 to ${count}.`);
  return { index, count };
}
