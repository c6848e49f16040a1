import type { Built, Experiment, ExperimentBuilder } from '../experiment/index.ts';
import { abortError, problemsOf } from '../experiment/index.ts';
import { nodeLabel } from '../graph/index.ts';
import { runnerFor } from '../models/index.ts';
import { type Problem, type Scenario, validateScenario } from '../scenario/index.ts';
import { summarizeEnsemble } from '../sim/index.ts';
import type { EnsemblePool } from '../workers/index.ts';
import { type AppState, type EnsembleState, IDLE_ENSEMBLE } from './app-state.ts';
import { toCascadeView } from './cascade-view.ts';
import { Job } from './job.ts';
import type { Store } from './store.ts';

/**
 * Everything the person can do, as actions on the store: the only place that calls the
 * simulation core and writes its results. Views read the store and call these.
 */
export class Lab {
  private experiment: Experiment | null = null;
  private readonly ensemble = new Job<EnsembleState>(
    () => this.store.get().ensemble,
    (ensemble) => this.store.set({ ensemble }),
  );
  /** The experiment the running ensemble runs on. */
  private ensembleOn: Experiment | null = null;
  private nextRun = 0;
  /** Counts builds asked for: only the newest one's result is shown. */
  private tickets = 0;
  /** The newest scenario asked for while it is being built. */
  private wanted: Scenario | null = null;
  /** Settles when every build asked for so far has finished. */
  private built: Promise<void> = Promise.resolve();
  /** What the newest build asked for will answer (problems, or none). */
  private newest: Promise<readonly Problem[]> = Promise.resolve([]);
  /** Cancels the build under way. */
  private building: AbortController | null = null;

  constructor(
    private readonly store: Store<AppState>,
    private readonly pool: EnsemblePool,
    private readonly builder: ExperimentBuilder,
  ) {}

  /**
   * Tries an edited scenario (any JSON-shaped value). Valid: it becomes current once built,
   * rebuilding only what the change touches. Invalid, or impossible to build: nothing changes
   * and the problems come back, for the field that caused them to show. An edit folded into a
   * newer one (edits start from target()) gets the newer one's answer: it stands or falls with it.
   */
  edit(candidate: unknown): Promise<readonly Problem[]> {
    const result = validateScenario(candidate);
    if (!result.ok) return Promise.resolve(result.problems);
    return this.apply(result.scenario);
  }

  /** The scenario the next edit starts from: the newest one asked for, even while it is being built. */
  target(): Scenario {
    return this.wanted ?? this.store.get().scenario;
  }

  /** Opens a whole scenario (example, file, link, autosave); true once it is current. */
  async open(scenario: Scenario, source: string): Promise<boolean> {
    const ticket = this.tickets + 1;
    const problems = await this.apply(scenario, true);
    if (ticket !== this.tickets) return false; // something newer was opened or edited meanwhile
    if (problems.length) this.store.set({ problems: { source, problems } });
    else this.store.set({ problems: null, opened: scenario, status: `Opened ${source}.` });
    return problems.length === 0;
  }

  /** A graph file the person loaded: kept in memory and used as the scenario's graph (unless it cannot be read). */
  async loadGraphFile(name: string, text: string): Promise<readonly Problem[]> {
    const previous = this.store.get().graphFiles.get(name);
    this.store.set({ graphFiles: new Map(this.store.get().graphFiles).set(name, text) });
    const scenario = this.target();
    const problems = await this.edit({
      ...scenario,
      graph: {
        generator: 'file',
        path: name,
        ties: scenario.graph.ties,
        population: scenario.graph.population,
      },
    });
    // A broken file must not replace a good one of the same name that the open network came
    // from; only this file's own entry is undone, and only if no other load replaced it since.
    const files = this.store.get().graphFiles;
    if (problems.length && files.get(name) === text) {
      const undone = new Map(files);
      if (previous === undefined) undone.delete(name);
      else undone.set(name, previous);
      this.store.set({ graphFiles: undone });
    }
    return problems;
  }

  /** Adds the node to the seeds, or removes it: the seeding becomes these explicit nodes. */
  async toggleSeed(node: number): Promise<void> {
    const { network, seeds } = this.store.get();
    if (!network) return;
    const scenario = this.target();
    const name = (v: number) => (network.labels ? nodeLabel(network, v) : v);
    // Clicks faster than the builds: each one starts from the seeds the previous one asked for.
    const current =
      scenario.seeding.strategy === 'explicit'
        ? scenario.seeding.nodes
        : Array.from(seeds ?? [], name);
    const clicked = String(name(node));
    const nodes = current.some((v) => String(v) === clicked)
      ? current.filter((v) => String(v) !== clicked)
      : [...current, name(node)];
    if (nodes.length === 0) {
      this.store.set({ status: 'A cascade needs at least one seed: click another node first.' });
      return;
    }
    const ticket = this.tickets + 1;
    const problems = await this.edit({
      ...scenario,
      seeding: { strategy: 'explicit', nodes, schedule: { type: 'synchronous' } },
    });
    if (problems.length) this.store.set({ status: problems[0].message });
    else if (ticket === this.tickets)
      this.store.set({ status: `Seeds: ${nodes.length} chosen by hand.` });
  }

  /** One run (the next run index each time, so "Run again" shows another outcome, reproducibly). */
  async runOnce(): Promise<void> {
    await this.settled();
    const experiment = this.experiment;
    if (!experiment) return;
    const run = this.nextRun++;
    const runner = runnerFor(experiment.csr, experiment.task);
    const { cascade: replay, record: observables } = runner.inspect(run);
    const cascade = toCascadeView(replay, experiment.csr.n);
    this.store.set({
      single: { run, cascade, observables },
      step: 0,
      playing: true,
      status: `Run ${run + 1}: reached ${people(observables.reach)}.`,
    });
  }

  /**
   * An ensemble of the set-up in the worker pool, once any build asked for is done: running (and
   * cancellable) from the click, since it runs on the set-up being built rather than the one shown.
   */
  async runEnsemble(): Promise<void> {
    const outcome = await this.ensemble.run(
      { ...IDLE_ENSEMBLE, total: this.target().run.runs },
      async ({ signal, update }) => {
        // Cancel is heard while the build runs on: the build (the person's edit) goes on.
        await Promise.race([this.settled(), whenAborted(signal)]);
        if (signal.aborted) throw abortError();
        const experiment = this.experiment;
        if (!experiment) throw new Error('there is no network to run on yet.');
        const total = experiment.task.runs;
        update({ total });
        this.store.set({
          status: `Running ${total.toLocaleString('en-US')} runs on ${this.pool.size} workers…`,
        });
        this.ensembleOn = experiment;
        try {
          const records = await this.pool.run(experiment.csr, experiment.task, {
            signal,
            onProgress: (done) => update({ done }),
          });
          const { n } = experiment.csr;
          const summary = summarizeEnsemble(records, n, experiment.scenario.run.globalFraction);
          return { total, records, summary };
        } finally {
          this.ensembleOn = null;
        }
      },
      (outcome): Partial<EnsembleState> =>
        outcome.status === 'done'
          ? { ...outcome.value, message: null }
          : {
              summary: null,
              records: [],
              message:
                outcome.status === 'cancelled'
                  ? 'Cancelled: no results kept.'
                  : `The ensemble failed: ${outcome.error.message}`,
            },
    );
    if (!outcome) return;
    const { ensemble } = this.store.get();
    this.store.set({ status: ensemble.message ?? `${ensemble.total} runs done.` });
  }

  cancelEnsemble(): void {
    this.ensemble.cancel();
  }

  /**
   * Stops the build under way (the build worker is ended at once and replaced): what it was
   * for is not applied, and the set-up stays as it was. An ensemble waiting to run on that
   * build is cancelled with it, rather than run on the set-up as it was.
   */
  cancelBuild(): void {
    if (!this.building) return;
    this.building.abort();
    if (this.ensemble.running && !this.ensembleOn) this.cancelEnsemble();
  }

  /** The experiment behind the current state (for export). */
  current(): Experiment | null {
    return this.experiment;
  }

  /**
   * Makes the scenario current once the builder has built it; if its network or seeds cannot
   * be built, nothing changes. Builds go one at a time and only the newest waiting one is
   * built: a slider dragged through twenty values builds the last, and no older build
   * overwrites a newer one.
   */
  private apply(scenario: Scenario, reopened = false): Promise<readonly Problem[]> {
    const ticket = ++this.tickets;
    this.wanted = scenario;
    this.store.set({ building: true });
    const newest = () => ticket === this.tickets;
    const done = this.built.then(async (): Promise<readonly Problem[] | null> => {
      if (!newest()) return null;
      // Only the build's own failures are problems with the scenario; showing it is not part of that.
      const control = (this.building = new AbortController());
      const built = await this.builder
        .experiment(scenario, {
          stats: true,
          signal: control.signal,
          onProgress: (buildProgress) => this.store.set({ buildProgress }),
        })
        .then(
          (experiment) => ({ experiment, problems: [] }),
          (error: unknown) => ({
            experiment: null,
            problems: control.signal.aborted ? [CANCELLED_BUILD] : problemsOf(error),
          }),
        );
      this.building = null;
      this.store.set({ buildProgress: null });
      // Overtaken while building: a newer edit holds this one's change too, so its answer is this one's.
      if (!newest()) return null;
      if (built.experiment) this.show(built.experiment, reopened);
      this.wanted = null;
      if (built.problems[0] === CANCELLED_BUILD)
        this.store.set({ building: false, status: CANCELLED_BUILD.message });
      else if (built.problems.length) this.store.set({ building: false });
      return built.problems;
    });
    const noop = () => {};
    this.built = done.then(noop, noop);
    const answer = done.then((problems) => problems ?? this.newest);
    this.newest = answer;
    return answer;
  }

  /** Waits until no build is asked for or under way, however many are asked for meanwhile. */
  private async settled(): Promise<void> {
    let waited: Promise<void>;
    do {
      waited = this.built;
      await waited;
    } while (waited !== this.built);
  }

  private show(built: Built, reopened: boolean): void {
    const before = this.store.get();
    const { scenario, network, task, stats, warnings } = built;
    this.experiment = built;
    // What a run depends on: a change elsewhere (runs, what counts as global) keeps the run
    // being watched; any change at all makes the ensemble's results stale.
    const sameGraph = network === before.network;
    const sameRuns =
      !reopened &&
      sameGraph &&
      (['content', 'seeding'] as const).every(
        (k) => JSON.stringify(before.scenario[k]) === JSON.stringify(scenario[k]),
      );
    // A running ensemble's results would be stale; one waiting for this build runs on it (and
    // keeps its state: running); otherwise the last ensemble's results are of another set-up.
    if (this.ensembleOn) this.cancelEnsemble();
    const ensemble = this.ensemble.running ? {} : { ensemble: IDLE_ENSEMBLE };
    if (!sameRuns) this.nextRun = 0;
    const kept = sameRuns ? before : null;
    this.store.set({
      scenario,
      network,
      csr: built.csr,
      stats: sameGraph ? before.stats : stats,
      seeds: task.seeds.kind === 'fixed' ? task.seeds.nodes : null,
      single: kept?.single ?? null,
      step: kept?.step ?? 0,
      playing: kept?.playing ?? false,
      ...ensemble,
      building: false,
      status: warnings.join(' ') || before.status,
    });
  }
}

/** The answer to a change whose build was cancelled: it is not applied. */
const CANCELLED_BUILD: Problem = {
  path: '$',
  expected: 'a set-up built to the end',
  found: 'the build cancelled',
  message: 'Cancelled before it was built: the set-up is as it was.',
};

/** "1 person", "2,500 people". */
export function people(count: number): string {
  return count === 1 ? '1 person' : `${count.toLocaleString('en-US')} people`;
}

/** Resolves when `signal` is aborted (never, if it is not). */
function whenAborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}
