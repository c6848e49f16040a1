import { LIMITS, type Scenario, type SweepAxisSpec, validateScenario } from '../scenario/index.ts';
import { linearValues, ParameterError, setParameter } from './set-parameter.ts';

/** One swept parameter and the values it takes. */
export interface SweepAxis {
  readonly parameter: string;
  readonly values: readonly number[];
}

export interface PlannedPoint {
  /** Position in the grid, row by row: yIndex × (x values) + xIndex. */
  readonly index: number;
  readonly x: number;
  /** The second parameter's value; null in a 1-D sweep. */
  readonly y: number | null;
  readonly row: number;
  readonly scenario: Scenario;
}

/** Everything a sweep will do, fixed before any run: shards of it are slices of `order`. */
export interface SweepPlan {
  readonly base: Scenario;
  readonly x: SweepAxis;
  readonly y: SweepAxis | null;
  /** Grid points, row by row (one row per y value; a 1-D sweep is one row). */
  readonly points: readonly PlannedPoint[];
  /** Each row's scenario with y applied and x as written: the network its theory is drawn for. */
  readonly rowScenarios: readonly Scenario[];
  /** The order points run in (and shards slice): see runOrder. */
  readonly order: readonly number[];
}

/** The values of a scenario's sweep axis. */
export function axisFromSpec(spec: SweepAxisSpec): SweepAxis {
  return {
    parameter: spec.parameter,
    values: spec.values ?? linearValues(spec.from!, spec.to!, spec.steps!),
  };
}

/** Every grid point's scenario, checked (bounds, parameter names, each value's validity) before anything runs. */
export function planSweep(base: Scenario, x: SweepAxis, y: SweepAxis | null = null): SweepPlan {
  for (const axis of y ? [x, y] : [x]) {
    if (axis.values.length < 1 || axis.values.length > LIMITS.sweepValues) {
      throw new ParameterError(
        `A sweep of ${axis.parameter} takes 1 to ${LIMITS.sweepValues} values (got ${axis.values.length}).`,
      );
    }
  }
  if (y && y.parameter === x.parameter)
    throw new ParameterError(
      `Both axes vary "${x.parameter}"; a 2-D sweep needs two different parameters.`,
    );
  const rows = y ? y.values : [null];
  if (rows.length * x.values.length > LIMITS.sweepPoints) {
    throw new ParameterError(
      `A sweep takes at most ${LIMITS.sweepPoints} points, each a whole ensemble (got ${x.values.length} × ${rows.length}).`,
    );
  }
  const rowScenarios = rows.map((yValue) =>
    y && yValue !== null ? scenarioAt(base, y.parameter, yValue) : base,
  );
  const points = rows.flatMap((yValue, row) =>
    x.values.map((xValue, column) => ({
      index: row * x.values.length + column,
      x: xValue,
      y: yValue,
      row,
      scenario: scenarioAt(rowScenarios[row], x.parameter, xValue),
    })),
  );
  return { base, x, y, points, rowScenarios, order: runOrder(x, y) };
}

/**
 * Row by row (x varies fastest), except when only x changes the graph: then column by column,
 * so that consecutive points share a network and each is built once rather than once per point.
 */
function runOrder(x: SweepAxis, y: SweepAxis | null): number[] {
  const columns = x.values.length;
  const rows = y?.values.length ?? 1;
  const byColumn = y !== null && isGraphParameter(x.parameter) && !isGraphParameter(y.parameter);
  return Array.from({ length: rows * columns }, (_, i) =>
    byColumn ? (i % rows) * columns + Math.floor(i / rows) : i,
  );
}

function isGraphParameter(parameter: string): boolean {
  return parameter.startsWith('graph.');
}

/** The scenario with the parameter set, checked again so the value's bounds still apply. */
function scenarioAt(base: Scenario, parameter: string, value: number): Scenario {
  const result = validateScenario(setParameter(base, parameter, value));
  if (result.ok) return result.scenario;
  const why = result.problems.map((p) => `${p.path}: ${p.message}`).join('; ');
  throw new ParameterError(`${parameter} = ${value} does not make a valid scenario: ${why}`);
}
