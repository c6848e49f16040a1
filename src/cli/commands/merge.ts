import { sweepOutput } from '../../experiment/sweep-report.ts';
import { assembleSweep } from '../../experiment/sweep-result.ts';
import type { ParsedOptions } from '../args.ts';
import { UnreadableFile } from '../bounded-read.ts';
import { type CliIo, UserError } from '../cli-io.ts';
import { checkOutputTarget, emit, outputFormat } from '../output.ts';
import { READ_LIMITS } from '../read-limits.ts';
import { readShards } from '../read-shards.ts';

/**
 * `ripple merge SHARD.json... [--format json|csv] [--out FILE]`: joins the parts of a sweep
 * run with --shard; the output is byte for byte what the sweep run whole prints.
 */
export async function mergeCommand(
  io: CliIo,
  positionals: string[],
  options: ParsedOptions,
): Promise<void> {
  if (positionals.length === 0)
    throw new UserError('Name the shard files to join: ripple merge shard-1.json shard-2.json …');
  const format = outputFormat(options);
  checkOutputTarget(io, options);
  const files = positionals.map((name) => ({ name, text: readShard(io, name) }));
  const { plan, works } = readShards(files);
  emit(io, options, sweepOutput(assembleSweep(plan, works), format));
}

function readShard(io: CliIo, name: string): string {
  try {
    return io.readFile(name, READ_LIMITS.shard);
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    throw new UserError(`Cannot read the shard file "${name}": ${error.message}.`, 1);
  }
}
