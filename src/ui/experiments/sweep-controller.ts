import type { ExperimentBuilder } from '../../experiment/builder.ts';
import { rowEstimate } from '../../experiment/sweep-analysis.ts';
import { planSweep, type SweepAxis, type SweepPlan } from '../../experiment/sweep-plan.ts';
import { createSweepAssembler } from '../../experiment/sweep-result.ts';
import { runSweepWork } from '../../experiment/sweep-run.ts';
import { totalWork, workPieces } from '../../experiment/sweep-work.ts';
import type { Scenario } from '../../scenario/index.ts';
import type { EnsemblePool } from '../../workers/ensemble-pool.ts';
import { type AppState, IDLE_SWEEP } from '../app-state.ts';
import type { Store } from '../store.ts';

/**
 * Runs a sweep (one or two parameters) in the worker pool, point by point, publishing each
 * finished point so the chart fills in as results arrive; the tipping-point analysis is made
 * once the whole sweep is in (it is the CLI's, so app and `ripple sweep` agree).
 */
export class SweepController {
  private controller: AbortController | null = null;

  constructor(
    private readonly store: Store<AppState>,
    private readonly pool: EnsemblePool,
    private readonly builder: ExperimentBuilder,
  ) {}

  async run(base: Scenario, x: SweepAxis, y: SweepAxis | null): Promise<void> {
    if (this.controller) return;
    const set = (patch: Partial<AppState['sweep']>) =>
      this.store.set({ sweep: { ...this.store.get().sweep, ...patch } });
    let plan: SweepPlan;
    try {
      plan = planSweep(base, x, y);
    } catch (error) {
      this.store.set({
        sweep: { ...IDLE_SWEEP, status: 'failed', message: (error as Error).message },
      });
      return;
    }
    const controller = (this.controller = new AbortController());
    const total = totalWork(plan);
    this.store.set({
      sweep: { ...IDLE_SWEEP, status: 'running', total, x, y, points: plan.points.map(() => null) },
    });
    const assembler = createSweepAssembler(plan);
    try {
      const facts = await runSweepWork(
        plan,
        workPieces(plan, 0, total),
        {
          execute: (csr, task, o) => this.pool.run(csr, task, o),
          build: this.builder,
          signal: controller.signal,
          onProgress: (done) => set({ done }),
        },
        (piece) => {
          const summary = assembler.addPoint(piece);
          if (!summary) return;
          const planned = plan.points[piece.point];
          const points = [...this.store.get().sweep.points];
          points[piece.point] = { x: planned.x, y: planned.y, summary };
          set({ points });
        },
      );
      assembler.addRows(facts);
      const result = assembler.result();
      const rows = plan.rowScenarios.map((_, row) => rowEstimate(result, row));
      set({
        status: 'done',
        done: total,
        result,
        rows,
        message:
          rows.length === 1 ? rows[0].estimate.explanation : `${plan.points.length} points done.`,
      });
    } catch (error) {
      const cancelled = (error as Error).name === 'AbortError';
      set({
        status: cancelled ? 'cancelled' : 'failed',
        message: cancelled
          ? 'Sweep cancelled; the points already done are kept on the chart.'
          : (error as Error).message,
      });
    } finally {
      this.controller = null;
    }
  }

  cancel(): void {
    this.controller?.abort();
  }
}
