import type { BuildProgress } from '../../experiment/index.ts';
import type { GraphStats, Network } from '../../graph/index.ts';
import type { ModelTask } from '../../models/index.ts';
import type { Problem, Scenario } from '../../scenario/index.ts';
import type { Csr } from '../../sim/index.ts';

/**
 * Messages between the page and its build worker. The worker keeps the networks it built, so
 * the page names the ones it already holds (`have`) and gets only their id back: a change of
 * content or seeding costs a seed plan, not another copy of the graph.
 */
export interface BuildRequest {
  readonly id: number;
  /** Just the network, or the whole runnable experiment. */
  readonly what: 'network' | 'experiment';
  readonly scenario: Scenario;
  readonly stats: boolean;
  /** A graph file's text, sent when the worker does not have this text for this path yet. */
  readonly file: { readonly path: string; readonly text: string } | null;
  /** Ids of the networks the page holds. */
  readonly have: readonly number[];
  /** Send BuildNotes as the build goes (each phase; greedy seeding's cost and progress). */
  readonly progress?: boolean;
}

/** How a request is getting on, before its reply. */
export interface BuildNote {
  readonly id: number;
  readonly progress: BuildProgress;
}

export type BuildReply =
  | {
      readonly id: number;
      readonly ok: true;
      readonly graphId: number;
      /** Null when the page already holds network `graphId`. */
      readonly graph: { readonly network: Network; readonly csr: Csr } | null;
      readonly warnings: readonly string[];
      readonly stats: GraphStats | null;
      /** Null when only the network was asked for. */
      readonly task: ModelTask | null;
    }
  | { readonly id: number; readonly ok: false; readonly problems: readonly Problem[] };

/** The little the page needs from a thread (a Web Worker, or a message channel in tests). */
export interface BuildPort {
  post(request: BuildRequest): void;
  listen(
    onReply: (reply: BuildReply) => void,
    onFailure: (error: Error) => void,
    onNote?: (note: BuildNote) => void,
  ): void;
  terminate(): void;
}
