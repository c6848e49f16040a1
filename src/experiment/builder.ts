import type { GraphStats, Network } from '../graph/index.ts';
import type { Scenario } from '../scenario/index.ts';
import type { Csr } from '../sim/index.ts';
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
