import { axisFromSpec, linearValues, type SweepAxis } from '../experiment/index.ts';
import { sweepableFor } from '../models/index.ts';
import { LIMITS, parameterProblem, type Scenario } from '../scenario/index.ts';
import { listOption, numberOption, type ParsedOptions } from './args.ts';
import { UserError } from './cli-io.ts';

/**
 * The axes of `ripple sweep`: --param (and --param2) with their values, or else the
 * scenario's own "sweep" section.
 */
export function sweepAxes(
  options: ParsedOptions,
  scenario: Scenario,
  sweepSetAside: string | null = null,
): { x: SweepAxis; y: SweepAxis | null } {
  if (options.param === undefined) {
    if (options.param2 !== undefined)
      throw new UserError(
        '--param2 is the second parameter of a 2-D sweep; give the first with --param.',
      );
    if (sweepSetAside !== null)
      throw new UserError(
        `The scenario's own sweep does not fit the graph or model given on the command line: ${sweepSetAside} ` +
          `Name the parameter to vary with --param PATH and its values, e.g. ${exampleAxis(scenario)}.`,
      );
    if (!scenario.sweep) {
      throw new UserError(
        'ripple sweep needs a parameter to vary: --param PATH with its values (e.g. --param content.power --from 0.1 --to 0.5 --steps 9), or a "sweep" section in the scenario.',
      );
    }
    return {
      x: axisFromSpec(scenario.sweep.x),
      y: scenario.sweep.y ? axisFromSpec(scenario.sweep.y) : null,
    };
  }
  const x = { parameter: options.param, values: axisValues(options, '') };
  const y =
    options.param2 === undefined
      ? null
      : { parameter: options.param2, values: axisValues(options, '2') };
  if (
    y === null &&
    ['from2', 'to2', 'steps2', 'values2'].some(
      (k) => options[k as keyof ParsedOptions] !== undefined,
    )
  ) {
    throw new UserError(
      '--from2, --to2, --steps2 and --values2 belong to the second parameter: add --param2 PATH.',
    );
  }
  return { x, y };
}

function axisValues(options: ParsedOptions, suffix: '' | '2'): number[] {
  const name = (base: string) => `${base}${suffix}` as keyof ParsedOptions;
  const listed = listOption(options, name('values'));
  const range = ['from', 'to', 'steps'].map((base) => numberOption(options, name(base)));
  const flags = (bases: string[]) => bases.map((b) => `--${b}${suffix}`).join(', ');
  if (listed) {
    if (range.some((v) => v !== undefined))
      throw new UserError(
        `Give either ${flags(['values'])} or ${flags(['from', 'to', 'steps'])}, not both.`,
      );
    if (listed.length > LIMITS.sweepValues)
      throw new UserError(
        `--values${suffix} lists ${listed.length} values; a sweep takes at most ${LIMITS.sweepValues} per parameter.`,
      );
    return listed.map((v) => {
      const n = Number(v);
      if (!Number.isFinite(n))
        throw new UserError(
          `--values${suffix} must be numbers separated by commas; "${v}" is not a number.`,
        );
      return n;
    });
  }
  const [from, to, steps] = range;
  if (from === undefined || to === undefined || steps === undefined) {
    throw new UserError(
      `ripple sweep needs the values to try for --param${suffix}: ${flags(['from', 'to', 'steps'])}, or --values${suffix} a,b,c.`,
    );
  }
  if (!Number.isInteger(steps) || steps < 1 || steps > LIMITS.sweepValues) {
    throw new UserError(
      `--steps${suffix} must be a whole number from 1 to ${LIMITS.sweepValues} (got ${steps}).`,
    );
  }
  return linearValues(from, to, steps);
}

/** A --param that fits this scenario, to show in a message: its model's first sweepable number, or another number it has. */
function exampleAxis(scenario: Scenario): string {
  const [sweepable] = sweepableFor(scenario.content);
  if (sweepable)
    return `--param ${sweepable.path} --from ${sweepable.from} --to ${sweepable.to} --steps 9`;
  const path = ['seeding.count', 'content.threshold.count', 'graph.nodes'].find(
    (candidate) => parameterProblem(scenario, candidate) === null,
  );
  return path
    ? `--param ${path} --values 1,2,4`
    : '--param run.globalFraction --values 0.1,0.3,0.5';
}
