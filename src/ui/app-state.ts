import type { ComparisonVerdict } from '../analysis/index.ts';
import type {
  BuildProgress,
  rowEstimate,
  SweepAxis,
  SweepPoint,
  SweepResult,
  VariantRun,
} from '../experiment/index.ts';
import type { GraphStats, Network } from '../graph/index.ts';
import type { Problem, Scenario } from '../scenario/index.ts';
import type { Csr, EnsembleSummary, RunObservables, RunRecord } from '../sim/index.ts';
import type { CascadeView } from '../viz/index.ts';
import type { JobState } from './job.ts';

/** One run, expanded per node for playback, with its summary. */
export interface SingleRun {
  readonly run: number;
  readonly cascade: CascadeView;
  readonly observables: RunObservables;
}

/** The lab's ensemble: its records and summary once done (none kept from a cancelled one). */
export interface EnsembleState extends JobState {
  readonly summary: EnsembleSummary | null;
  readonly records: readonly RunRecord[];
}

export type RowEstimate = ReturnType<typeof rowEstimate>;

/** A sweep in the app: points arrive one by one, so partial results can be drawn. */
export interface SweepState extends JobState {
  readonly x: SweepAxis | null;
  readonly y: SweepAxis | null;
  /** Finished grid points, in grid order (null where still to come). */
  readonly points: readonly (SweepPoint | null)[];
  /** Each row's estimate and theory, once the sweep is complete. */
  readonly rows: readonly RowEstimate[];
  readonly result: SweepResult | null;
}

export interface CompareState extends JobState {
  readonly runs: readonly VariantRun[];
  readonly verdict: ComparisonVerdict | null;
}

export const IDLE_SWEEP: SweepState = {
  status: 'idle',
  done: 0,
  total: 0,
  x: null,
  y: null,
  points: [],
  rows: [],
  result: null,
  message: null,
};
export const IDLE_COMPARE: CompareState = {
  status: 'idle',
  done: 0,
  total: 0,
  runs: [],
  verdict: null,
  message: null,
};

export interface AppState {
  /** The scenario being explored: always valid (edits that are not stay in their field). */
  readonly scenario: Scenario;
  /** The scenario as last opened, so the page can say when the set-up no longer matches its question. */
  readonly opened: Scenario;
  /** Graph files the person loaded, by name, so a "file" graph can be rebuilt. */
  readonly graphFiles: ReadonlyMap<string, string>;
  readonly network: Network | null;
  readonly csr: Csr | null;
  readonly stats: GraphStats | null;
  /** The seeds of the current plan (fixed), or null when seeds are drawn fresh each run. */
  readonly seeds: Int32Array | null;
  readonly single: SingleRun | null;
  /** Playback position (step) of the single run. */
  readonly step: number;
  readonly playing: boolean;
  /** Playback speed in steps per second. */
  readonly speed: number;
  readonly ensemble: EnsembleState;
  readonly sweep: SweepState;
  readonly compare: CompareState;
  /** Problems of the last file or link that could not be opened. */
  /** Why something was not opened; `instead` names what is open in its place, if not what was. */
  readonly problems: {
    readonly source: string;
    readonly problems: readonly Problem[];
    readonly instead?: string;
  } | null;
  /** A short status line for the person (what just happened, or what went wrong). */
  readonly status: string;
  readonly building: boolean;
  /** How the build under way is getting on (its phase; greedy seeding's cost and progress). */
  readonly buildProgress: BuildProgress | null;
}

export const IDLE_ENSEMBLE: EnsembleState = {
  status: 'idle',
  done: 0,
  total: 0,
  summary: null,
  records: [],
  message: null,
};

/** The state before anything is built: the scenario, and nothing derived from it yet. */
export function initialState(scenario: Scenario): AppState {
  return {
    scenario,
    opened: scenario,
    graphFiles: new Map(),
    network: null,
    csr: null,
    stats: null,
    seeds: null,
    single: null,
    step: 0,
    playing: false,
    speed: 2,
    ensemble: IDLE_ENSEMBLE,
    sweep: IDLE_SWEEP,
    compare: IDLE_COMPARE,
    problems: null,
    status: '',
    building: false,
    buildProgress: null,
  };
}
