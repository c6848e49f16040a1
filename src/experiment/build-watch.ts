import type { Scenario } from '../scenario/index.ts';
import type { GreedyCost, GreedyWatch } from '../sim/index.ts';

/** A phase of building that can take a while on a large network. */
export type BuildPhase = 'network' | 'statistics' | 'seeds';

/** What a builder reports as it works: the CLI draws it on stderr, the app's build worker posts it. */
export interface BuildWatch {
  /** A phase starts: a network not built before, its statistics, or seeds a strategy must compute. */
  readonly onPhase?: (phase: BuildPhase, scenario: Scenario) => void;
  /** Greedy seeding's expected cost (throwing refuses it) and its progress. */
  readonly greedy?: GreedyWatch;
}

/** A build's progress as plain data (it crosses from the app's build worker to the page). */
export interface BuildProgress {
  readonly phase: BuildPhase;
  /** Greedy seeding under way: its expected cost and the seed sets scored so far. */
  readonly greedy: { readonly cost: GreedyCost; readonly done: number } | null;
}

/** `watch`, also telling `onProgress` (one request's listener) each phase and greedy step. */
export function watchWithProgress(
  watch: BuildWatch,
  onProgress?: (progress: BuildProgress) => void,
): BuildWatch {
  if (!onProgress) return watch;
  let cost: GreedyCost | null = null;
  return {
    onPhase: (phase, scenario) => {
      watch.onPhase?.(phase, scenario);
      onProgress({ phase, greedy: null });
    },
    greedy: {
      onEstimate: (estimate) => {
        watch.greedy?.onEstimate?.(estimate);
        cost = estimate;
        onProgress({ phase: 'seeds', greedy: { cost, done: 0 } });
      },
      onProgress: (done, expected) => {
        watch.greedy?.onProgress?.(done, expected);
        if (cost) onProgress({ phase: 'seeds', greedy: { cost, done } });
      },
    },
  };
}
