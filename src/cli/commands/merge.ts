import { assembleSweep, IncompleteSweepError, sweepOutput } from '../../experiment/index.ts';
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
  let total = 0;
  const files = positionals.map((name) => {
    const text = readShard(io, name);
    if ((total += text.length) > READ_LIMITS.allShards)
      throw new UserError(
        `The shard files come to more than ${READ_LIMITS.allShards / 2 ** 30} GB together, more than merge reads at once.`,
        1,
      );
    return { name, text };
  });
  const { plan, works } = readShards(files);
  let result: ReturnType<typeof assembleSweep>;
  try {
    result = assembleSweep(plan, works);
  } catch (error) {
    if (!(error instanceof IncompleteSweepError)) throw error;
    throw new UserError(`The shard files do not add up to the whole sweep: ${error.message}`, 1);
  }
  emit(io, options, sweepOutput(result, format));
}

function readShard(io: CliIo, name: string): string {
  try {
    return io.readFile(name, READ_LIMITS.shard);
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    throw new UserError(`Cannot read the shard file "${name}": ${error.message}.`, 1);
  }
}
