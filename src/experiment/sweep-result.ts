import { type EnsembleSummary, type RunRecord, summarizeEnsemble } from '../sim/index.ts';
import type { NetworkFacts } from './network-facts.ts';
import type { SweepPlan } from './sweep-plan.ts';
import type { PointRecords, SweepWork } from './sweep-run.ts';

export interface SweepPoint {
  readonly x: number;
  readonly y: number | null;
  readonly summary: EnsembleSummary;
}

export interface SweepResult {
  readonly plan: SweepPlan;
  /** Grid points row by row, as in plan.points. */
  readonly points: readonly SweepPoint[];
  /** Per row, the facts of the network its theory is drawn for. */
  readonly rowFacts: readonly NetworkFacts[];
}

/** Work that does not add up to whole ensembles (a shard missing, say). */
export class IncompleteSweepError extends Error {
  override name = 'IncompleteSweepError';
}

/**
 * Collects a sweep's work, however it was split, into its results. A point is summarised as
 * soon as its runs 0..runs−1 are all there, sorted by run, and its records are then dropped:
 * a sweep run whole keeps one ensemble's records at a time, and one joined from shards gives
 * the same numbers to the last digit.
 */
export function createSweepAssembler(plan: SweepPlan) {
  const pending = new Map<number, RunRecord[]>();
  const summaries: (EnsembleSummary | undefined)[] = [];
  const rowFacts: NetworkFacts[] = [];
  return {
    /** Adds some runs of a point; returns the point's summary when they complete it, else null. */
    addPoint(piece: PointRecords): EnsembleSummary | null {
      const planned = plan.points[piece.point];
      const twice = (): IncompleteSweepError =>
        new IncompleteSweepError(`Point ${piece.point + 1} of the sweep has runs given twice.`);
      if (summaries[piece.point]) throw twice();
      const records = [...(pending.get(piece.point) ?? []), ...piece.records];
      if (records.length < planned.scenario.run.runs) {
        pending.set(piece.point, records);
        return null;
      }
      pending.delete(piece.point);
      records.sort((a, b) => a.run - b.run);
      if (records.some((r, k) => r.run !== k)) throw twice();
      return (summaries[piece.point] = summarizeEnsemble(
        records,
        piece.nodes,
        planned.scenario.run.globalFraction,
      ));
    },
    addRows(rows: SweepWork['rows']): void {
      for (const { row, facts } of rows) rowFacts[row] ??= facts;
    },
    result(): SweepResult {
      const points = plan.points.map((planned, i) => {
        const summary = summaries[i];
        if (!summary)
          throw new IncompleteSweepError(`Point ${i + 1} of the sweep is missing runs.`);
        return { x: planned.x, y: planned.y, summary };
      });
      plan.rowScenarios.forEach((_, row) => {
        if (!rowFacts[row])
          throw new IncompleteSweepError(`Row ${row + 1} of the sweep has no network facts.`);
      });
      return { plan, points, rowFacts };
    },
  };
}

/** The results of a sweep from all the parts of its work. */
export function assembleSweep(plan: SweepPlan, works: readonly SweepWork[]): SweepResult {
  const assembler = createSweepAssembler(plan);
  for (const work of works) {
    work.points.forEach(assembler.addPoint);
    assembler.addRows(work.rows);
  }
  return assembler.result();
}
