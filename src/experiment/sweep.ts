import type { Scenario } from '../scenario/index.ts';
import { planSweep, type SweepAxis } from './sweep-plan.ts';
import { createSweepAssembler, type SweepResult } from './sweep-result.ts';
import { runSweepWork, type SweepOptions } from './sweep-run.ts';
import { totalWork, workPieces } from './sweep-work.ts';

/**
 * An ensemble at each value of one numeric parameter. Every point uses the scenario's seed,
 * so its runs share their coins with the other points (common random numbers): with the
 * engine's coupling, reach at a higher power is never below reach at a lower one, run by run.
 * The network is rebuilt only when the parameter belongs to it.
 */
export function runSweep(
  base: Scenario,
  parameter: string,
  values: readonly number[],
  options: SweepOptions,
): Promise<SweepResult> {
  return runSweep2d(base, { parameter, values }, null, options);
}

/** An ensemble at each (x, y) grid point, with the same determinism contract as runSweep. */
export async function runSweep2d(
  base: Scenario,
  x: SweepAxis,
  y: SweepAxis | null,
  options: SweepOptions,
): Promise<SweepResult> {
  const plan = planSweep(base, x, y);
  const assembler = createSweepAssembler(plan);
  assembler.addRows(
    await runSweepWork(plan, workPieces(plan, 0, totalWork(plan)), options, assembler.addPoint),
  );
  return assembler.result();
}
