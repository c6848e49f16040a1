/**
 * What the content is and how it spreads: the engine's view of a scenario's `content`.
 * Equations and sources for each model are in docs/models.md.
 */

/** How an edge's tie strength w(u,v) is chosen for IC and SIR. */
export type Weighting =
  /** w = the edge's tie strength (1 where the network has no weights). */
  | 'tie-strength'
  /** Kempe et al.'s weighted cascade: w(u,v) = 1 / indegree(v). */
  | 'weighted-cascade';

export interface IndependentCascadeSpec {
  readonly model: 'independent-cascade';
  /** Propagation power: per-exposure chance to pass on is min(1, power × w(u,v)). */
  readonly power: number;
  readonly weighting: Weighting;
}

export type ThresholdRule =
  /** Kempe et al.: each node draws θ ~ U[0,1) afresh in every run. */
  | { readonly rule: 'uniform-random' }
  /** Watts 2002: one fraction φ for all; v activates when (weighted) active share ≥ φ. */
  | { readonly rule: 'fraction'; readonly phi: number }
  /** Centola and Macy 2007: v activates when at least `count` in-neighbours are active. */
  | { readonly rule: 'count'; readonly count: number };

export interface LinearThresholdSpec {
  readonly model: 'linear-threshold';
  readonly threshold: ThresholdRule;
}

export interface SirSpec {
  readonly model: 'sir';
  /** Per-step, per-neighbour chance to pass on: min(1, power × w(u,v)). */
  readonly power: number;
  /** γ: chance that a sharer loses interest after each step of sharing (γ = 1 is IC). */
  readonly recovery: number;
  readonly weighting: Weighting;
}

export type ModelSpec = IndependentCascadeSpec | LinearThresholdSpec | SirSpec;
export type ModelName = ModelSpec['model'];

/** Where and when the stone drops: node indices with the step each is activated at. */
export interface SeedSet {
  readonly nodes: Int32Array;
  /** Activation step per seed (0 = all at once); same length as nodes. */
  readonly steps: Int32Array;
}

/** All seeds at step 0: the multi-point synchronous start. */
export function synchronousSeeds(nodes: ArrayLike<number>): SeedSet {
  return { nodes: Int32Array.from(nodes), steps: new Int32Array(nodes.length) };
}
