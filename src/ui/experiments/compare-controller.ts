import type { ExperimentBuilder } from '../../experiment/builder.ts';
import { runComparison } from '../../experiment/compare.ts';
import { verdictOf } from '../../experiment/compare-report.ts';
import type { Experiment } from '../../experiment/experiment.ts';
import type { CompareSpec } from '../../scenario/index.ts';
import type { EnsemblePool } from '../../workers/ensemble-pool.ts';
import { type AppState, IDLE_COMPARE } from '../app-state.ts';
import type { Store } from '../store.ts';

/** Runs seeding variants on the same network and luck (common random numbers) and judges them. */
export class CompareController {
  private controller: AbortController | null = null;

  constructor(
    private readonly store: Store<AppState>,
    private readonly pool: EnsemblePool,
    private readonly builder: ExperimentBuilder,
  ) {}

  async run(base: Experiment, spec: CompareSpec): Promise<void> {
    if (this.controller) return;
    const controller = (this.controller = new AbortController());
    const total = spec.variants.length * base.scenario.run.runs;
    const set = (patch: Partial<AppState['compare']>) =>
      this.store.set({ compare: { ...this.store.get().compare, ...patch } });
    this.store.set({ compare: { ...IDLE_COMPARE, status: 'running', total } });
    try {
      const runs = await runComparison(base, spec, {
        execute: (csr, task, o) => this.pool.run(csr, task, o),
        build: this.builder,
        signal: controller.signal,
        onProgress: (done) => set({ done }),
      });
      const verdict = verdictOf(runs);
      set({ status: 'done', done: total, runs, verdict, message: verdict.verdict });
    } catch (error) {
      const cancelled = (error as Error).name === 'AbortError';
      set({
        status: cancelled ? 'cancelled' : 'failed',
        message: cancelled ? 'Comparison cancelled.' : (error as Error).message,
      });
    } finally {
      this.controller = null;
    }
  }

  cancel(): void {
    this.controller?.abort();
  }
}
