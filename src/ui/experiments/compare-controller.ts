import type { Experiment, ExperimentBuilder } from '../../experiment/index.ts';
import { runComparison, verdictOf } from '../../experiment/index.ts';
import type { CompareSpec } from '../../scenario/index.ts';
import type { EnsemblePool } from '../../workers/index.ts';
import { type AppState, type CompareState, IDLE_COMPARE } from '../app-state.ts';
import { Job } from '../job.ts';
import type { Store } from '../store.ts';

/** Runs seeding variants on the same network and luck (common random numbers) and judges them. */
export class CompareController {
  private readonly job: Job<CompareState>;

  constructor(
    store: Store<AppState>,
    private readonly pool: EnsemblePool,
    private readonly builder: ExperimentBuilder,
  ) {
    this.job = new Job(
      () => store.get().compare,
      (compare) => store.set({ compare }),
    );
  }

  async run(base: Experiment, spec: CompareSpec): Promise<void> {
    await this.job.run(
      { ...IDLE_COMPARE, total: spec.variants.length * base.scenario.run.runs },
      async ({ signal, update }) => {
        const runs = await runComparison(base, spec, {
          execute: (csr, task, o) => this.pool.run(csr, task, o),
          build: this.builder,
          signal,
          onProgress: (done) => update({ done }),
        });
        const verdict = verdictOf(runs);
        return { runs, verdict, message: verdict.verdict };
      },
      (outcome) =>
        outcome.status === 'done'
          ? outcome.value
          : {
              message:
                outcome.status === 'cancelled' ? 'Comparison cancelled.' : outcome.error.message,
            },
    );
  }

  cancel(): void {
    this.job.cancel();
  }
}
