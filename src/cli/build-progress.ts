import type { BuildPhase, BuildWatch } from '../experiment/index.ts';
import {
  describeGreedyCost,
  GREEDY_BUDGET_SECONDS,
  overGreedyBudget,
} from '../experiment/index.ts';
import type { ParsedOptions } from './args.ts';
import { type CliIo, UserError } from './cli-io.ts';
import { createProgress } from './progress.ts';

const PHASES: Record<BuildPhase, string> = {
  network: 'Building the network…',
  statistics: 'Computing the statistics…',
  seeds: 'Choosing the seeds…',
};

/**
 * What the CLI shows while it builds: each long phase as it starts, and greedy seeding's
 * expected cost (always) and progress (on a terminal, or with --progress). Greedy seeding past
 * the budget is refused unless --allow-slow is given.
 */
export function cliBuildWatch(io: CliIo, options: ParsedOptions): BuildWatch & { finish(): void } {
  const shown = io.stderrIsTty || options.progress === true;
  const progress = createProgress(io.stderr, shown, 'Choosing the seeds', 'seed sets');
  return {
    onPhase: (phase) => progress.note(PHASES[phase]),
    greedy: {
      onEstimate: (cost) => {
        progress.finish();
        io.stderr(`${describeGreedyCost(cost)}\n`);
        if (!overGreedyBudget(cost)) return;
        if (!options['allow-slow'])
          throw new UserError(
            `That is past the ${GREEDY_BUDGET_SECONDS} s that greedy seeding may take without --allow-slow. Run again with --allow-slow to wait for it (Ctrl-C stops it at any time), or choose degree-discount, which picks similar seeds in a fraction of the time.`,
            1,
          );
        io.stderr('Going ahead (--allow-slow); Ctrl-C stops it at any time.\n');
      },
      onProgress: (done, expected) => progress.update(done, Math.max(done, expected)),
    },
    finish: () => progress.finish(),
  };
}
