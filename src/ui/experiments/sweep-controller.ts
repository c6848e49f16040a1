import type { ExperimentBuilder } from '../../experiment/index.ts';
import {
  createSweepAssembler,
  planSweep,
  rowEstimate,
  runSweepWork,
  type SweepAxis,
  totalWork,
  workPieces,
} from '../../experiment/index.ts';
import type { Scenario } from '../../scenario/index.ts';
import type { EnsemblePool } from '../../workers/index.ts';
import { type AppState, IDLE_SWEEP, type SweepState } from '../app-state.ts';
import { Job } from '../job.ts';
import type { Store } from '../store.ts';

/**
 * Runs a sweep (one or two parameters) in the worker pool, point by point, publishing each
 * finished point so the chart fills in as results arrive; the tipping-point analysis is made
 * once the whole sweep is in (it is the CLI's, so app and `ripple sweep` agree).
 */
export class SweepController {
  private readonly job: Job<SweepState>;

  constructor(
    private readonly store: Store<AppState>,
    private readonly pool: EnsemblePool,
    private readonly builder: ExperimentBuilder,
  ) {
    this.job = new Job(
      () => store.get().sweep,
      (sweep) => store.set({ sweep }),
    );
  }

  async run(base: Scenario, x: SweepAxis, y: SweepAxis | null): Promise<void> {
    await this.job.run(
      IDLE_SWEEP,
      async ({ signal, update }) => {
        const plan = planSweep(base, x, y);
        const total = totalWork(plan);
        update({ total, x, y, points: plan.points.map(() => null) });
        const assembler = createSweepAssembler(plan);
        const facts = await runSweepWork(
          plan,
          workPieces(plan, 0, total),
          {
            execute: (csr, task, o) => this.pool.run(csr, task, o),
            build: this.builder,
            signal,
            onProgress: (done) => update({ done }),
          },
          (piece) => {
            const summary = assembler.addPoint(piece);
            if (!summary) return;
            const planned = plan.points[piece.point];
            const points = [...this.store.get().sweep.points];
            points[piece.point] = { x: planned.x, y: planned.y, summary };
            update({ points });
          },
        );
        assembler.addRows(facts);
        const result = assembler.result();
        const rows = plan.rowScenarios.map((_, row) => rowEstimate(result, row));
        const message =
          rows.length === 1 ? rows[0].estimate.explanation : `${plan.points.length} points done.`;
        return { result, rows, message };
      },
      (outcome) =>
        outcome.status === 'done'
          ? outcome.value
          : {
              message:
                outcome.status === 'cancelled'
                  ? 'Sweep cancelled; the points already done are kept on the chart.'
                  : outcome.error.message,
            },
    );
  }

  cancel(): void {
    this.job.cancel();
  }
}
