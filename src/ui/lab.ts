import { prepareExperiment, withNetwork, type Experiment } from '../experiment/experiment.ts';
import { GraphFormatError } from '../graph/io/index.ts';
import { nodeLabel } from '../graph/network.ts';
import { SeedingError } from '../experiment/seed-plan-for.ts';
import { graphStats } from '../graph/stats/index.ts';
import { validateScenario, type Problem, type Scenario } from '../scenario/index.ts';
import { EnsembleRunner } from '../sim/ensemble.ts';
import { summarizeEnsemble } from '../sim/ensemble-summary.ts';
import type { EnsemblePool } from '../workers/ensemble-pool.ts';
import { IDLE_ENSEMBLE, type AppState } from './app-state.ts';
import { toCascadeView } from './cascade-view.ts';
import type { Store } from './store.ts';

/**
 * Everything the person can do, as actions on the store: the only place that calls the
 * simulation core and writes its results. Views read the store and call these.
 */
export class Lab {
  private experiment: Experiment | null = null;
  private controller: AbortController | null = null;
  private nextRun = 0;

  constructor(
    private readonly store: Store<AppState>,
    private readonly pool: EnsemblePool,
  ) {}

  /**
   * Tries an edited scenario (any JSON-shaped value). Valid: it becomes current, rebuilding
   * only what the change touches. Invalid: nothing changes and the problems come back, for
   * the field that caused them to show.
   */
  edit(candidate: unknown): readonly Problem[] {
    const result = validateScenario(candidate);
    if (!result.ok) return result.problems;
    return this.apply(result.scenario);
  }

  /** Opens a whole scenario (example, file, link, autosave). */
  open(scenario: Scenario, source: string): void {
    const problems = this.apply(scenario, true);
    if (problems.length) this.store.set({ problems: { source, problems } });
    else this.store.set({ problems: null, opened: scenario, status: `Opened ${source}.` });
  }

  /** A graph file the person loaded: kept in memory and used as the scenario's graph. */
  loadGraphFile(name: string, text: string): readonly Problem[] {
    const graphFiles = new Map(this.store.get().graphFiles).set(name, text);
    this.store.set({ graphFiles });
    const { graph } = this.store.get().scenario;
    return this.edit({ ...this.store.get().scenario, graph: { generator: 'file', path: name, ties: graph.ties, population: graph.population } });
  }

  /** Adds the node to the seeds, or removes it: the seeding becomes these explicit nodes. */
  toggleSeed(node: number): void {
    const { scenario, network, seeds } = this.store.get();
    if (!network) return;
    const current = new Set(seeds ?? []);
    if (current.has(node)) current.delete(node);
    else current.add(node);
    if (current.size === 0) {
      this.store.set({ status: 'A cascade needs at least one seed: click another node first.' });
      return;
    }
    const nodes = [...current].map((v) => (network.labels ? nodeLabel(network, v) : v));
    const problems = this.edit({ ...scenario, seeding: { strategy: 'explicit', nodes, schedule: { type: 'synchronous' } } });
    this.store.set({ status: problems.length ? problems[0].message : `Seeds: ${nodes.length} chosen by hand.` });
  }

  /** One run (the next run index each time, so "Run again" shows another outcome, reproducibly). */
  runOnce(): void {
    const experiment = this.experiment;
    if (!experiment) return;
    const run = this.nextRun++;
    const runner = new EnsembleRunner(experiment.csr, experiment.task);
    const { cascade: replay, record: observables } = runner.inspect(run);
    const cascade = toCascadeView(replay, experiment.csr.n);
    this.store.set({ single: { run, cascade, observables }, step: 0, playing: true, status: `Run ${run + 1}: reached ${people(observables.reach)}.` });
  }

  async runEnsemble(): Promise<void> {
    const experiment = this.experiment;
    if (!experiment || this.controller) return;
    const controller = (this.controller = new AbortController());
    const total = experiment.task.runs;
    this.store.set({ ensemble: { ...IDLE_ENSEMBLE, status: 'running', total }, status: `Running ${total.toLocaleString('en-US')} runs on ${this.pool.size} workers…` });
    try {
      const records = await this.pool.run(experiment.csr, experiment.task, {
        signal: controller.signal,
        onProgress: (done) => this.store.set({ ensemble: { ...this.store.get().ensemble, done } }),
      });
      const summary = summarizeEnsemble(records, experiment.csr.n, experiment.scenario.run.globalFraction);
      this.store.set({ ensemble: { status: 'done', done: total, total, summary, records, message: null }, status: `${total} runs done.` });
    } catch (error) {
      const cancelled = (error as Error).name === 'AbortError';
      const message = cancelled ? 'Cancelled: no results kept.' : `The ensemble failed: ${(error as Error).message}`;
      this.store.set({ ensemble: { ...IDLE_ENSEMBLE, status: cancelled ? 'cancelled' : 'failed', message }, status: message });
    } finally {
      this.controller = null;
    }
  }

  cancelEnsemble(): void {
    this.controller?.abort();
  }

  /** The experiment behind the current state (for export). */
  current(): Experiment | null {
    return this.experiment;
  }

  /** Makes the scenario current; if its network or seeds cannot be built, nothing changes. */
  private apply(scenario: Scenario, reopened = false): readonly Problem[] {
    const before = this.store.get().scenario;
    const sameGraph = !reopened && this.experiment && JSON.stringify(before.graph) === JSON.stringify(scenario.graph) && before.seed === scenario.seed;
    try {
      this.store.set({ building: true });
      const readFile = (path: string) => {
        const text = this.store.get().graphFiles.get(path);
        if (text === undefined) throw new Error(`The graph file "${path}" is not loaded: use "Load graph file" to open it.`);
        return text;
      };
      this.experiment = sameGraph
        ? { ...withNetwork(scenario, this.experiment!.network, this.experiment!.csr), warnings: [] }
        : prepareExperiment(scenario, readFile);
      const { network, csr, task } = this.experiment;
      // What a run depends on: a change elsewhere (runs, what counts as global) keeps the run
      // being watched; any change at all makes the ensemble's results stale.
      const sameRuns = sameGraph && ['content', 'seeding'].every((k) => JSON.stringify(before[k as 'content']) === JSON.stringify(scenario[k as 'content']));
      this.cancelEnsemble();
      if (!sameRuns) this.nextRun = 0;
      const kept = sameRuns ? this.store.get() : null;
      this.store.set({
        scenario,
        network,
        csr,
        stats: sameGraph ? this.store.get().stats : graphStats(network),
        seeds: task.seeds.kind === 'fixed' ? task.seeds.nodes : null,
        single: kept?.single ?? null,
        step: kept?.step ?? 0,
        playing: kept?.playing ?? false,
        ensemble: IDLE_ENSEMBLE,
        building: false,
        status: this.experiment.warnings.join(' ') || this.store.get().status,
      });
      return [];
    } catch (error) {
      this.store.set({ building: false });
      return problemsOf(error);
    }
  }
}

/** Errors from building a network or its seeds, as problems a person can act on. */
function problemsOf(error: unknown): Problem[] {
  if (error instanceof GraphFormatError) {
    return error.problems.map((p) => ({ path: p.line ? `line ${p.line}` : '$.graph', expected: 'a valid graph file', found: '', message: p.message }));
  }
  const path = error instanceof SeedingError ? error.path : '$.graph';
  return [{ path, expected: 'a network Ripple can build', found: '', message: (error as Error).message }];
}

/** "1 person", "2,500 people". */
export function people(count: number): string {
  return count === 1 ? '1 person' : `${count.toLocaleString('en-US')} people`;
}
