import type { GraphStats, Network } from '../graph/index.ts';
import type { Scenario } from '../scenario/index.ts';
import type { Csr } from '../sim/index.ts';
import type { BuildProgress } from './build-watch.ts';
import type { Experiment } from './experiment.ts';

/** A scenario's network, the engine's index of it, and notes on how it was built. */
export interface PreparedNetwork {
  readonly network: Network;
  readonly csr: Csr;
  readonly warnings: readonly string[];
  /** Its statistics, when asked for (clustering and components cost more than building it). */
  readonly stats: GraphStats | null;
}

export interface BuildOptions {
  /** Also compute the network's statistics. */
  readonly stats?: boolean;
  /**
   * Cancels the build: the promise rejects with an AbortError. A build worker is ended at once
   * (and replaced for the next request); building on this thread can only be refused before it starts.
   */
  readonly signal?: AbortSignal;
  /** Each phase as it starts, and greedy seeding's expected cost and progress. */
  readonly onProgress?: (progress: BuildProgress) => void;
}

/** A runnable experiment, with its network's statistics when asked for. */
export interface Built extends Experiment {
  readonly stats: GraphStats | null;
}

/**
 * Makes scenarios runnable somewhere: on this thread (the CLI, tests) or in a build worker
 * (the app, so that building a 10k network, its statistics or greedy seeds never freezes the
 * page). Both reuse the networks they built last, so a change of content or seeding does not
 * rebuild the graph. A failure rejects with an error `problemsOf` turns into problems.
 */
export interface ExperimentBuilder {
  /** Only the network (a sweep's theory needs its facts, not its seeds). */
  network(scenario: Scenario, options?: BuildOptions): Promise<PreparedNetwork>;
  experiment(scenario: Scenario, options?: BuildOptions): Promise<Built>;
}
