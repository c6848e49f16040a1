import * as z from 'zod';
import { formatCount } from '../format/index.ts';
import { addProblem, plainText, wholeNumber } from './fields.ts';
import { LIMITS } from './limits.ts';

const RANGE_OR_LIST = 'Give either "values", or "from", "to" and "steps".';

const axis = z
  .strictObject({
    parameter: plainText(LIMITS.pathChars, 1).describe(
      'The number to vary, as a dotted path into this file: "content.power", "graph.meanDegree", "seeding.count", "content.threshold.phi"…',
    ),
    from: z.number().optional().describe(`First value of an evenly spaced range. ${RANGE_OR_LIST}`),
    to: z.number().optional().describe(`Last value of the range (included). ${RANGE_OR_LIST}`),
    steps: wholeNumber(1, LIMITS.sweepValues)
      .optional()
      .describe(`Number of values in the range, 1 to ${LIMITS.sweepValues}. ${RANGE_OR_LIST}`),
    values: z
      .array(z.number())
      .min(1)
      .max(LIMITS.sweepValues)
      .optional()
      .describe(`The values to try, 1 to ${LIMITS.sweepValues} of them. ${RANGE_OR_LIST}`),
  })
  .superRefine(checkAxis, { when: (payload) => payload.issues.length === 0 });

export type SweepAxisSpec = z.output<typeof axis>;

function checkAxis(spec: SweepAxisSpec, ctx: z.RefinementCtx): void {
  const range = [spec.from, spec.to, spec.steps];
  if (spec.values !== undefined && range.some((v) => v !== undefined)) {
    addProblem(
      ctx,
      ['values'],
      'either "values" or "from"/"to"/"steps"',
      `Both a list of values and a range are given. ${RANGE_OR_LIST}`,
    );
  } else if (spec.values === undefined && range.some((v) => v === undefined)) {
    const missing = (['from', 'to', 'steps'] as const).filter((key) => spec[key] === undefined);
    addProblem(
      ctx,
      [missing[0]],
      'a number',
      `The values to try are not complete: "${missing.join('", "')}" missing. ${RANGE_OR_LIST}`,
      'nothing',
    );
  }
}

/** Number of values an axis spec names. */
function axisLength(spec: SweepAxisSpec): number {
  return spec.values?.length ?? spec.steps ?? 0;
}

function checkSweep(sweep: { x: SweepAxisSpec; y?: SweepAxisSpec }, ctx: z.RefinementCtx): void {
  if (!sweep.y) return;
  if (sweep.y.parameter === sweep.x.parameter) {
    addProblem(
      ctx,
      ['y', 'parameter'],
      'a parameter other than the one x varies',
      `x and y both vary "${sweep.x.parameter}"; a 2-D sweep needs two different parameters.`,
    );
  }
  const points = axisLength(sweep.x) * axisLength(sweep.y);
  if (points > LIMITS.sweepPoints) {
    const message = `This grid has ${formatCount(points)} points, each a whole ensemble; the most is ${formatCount(LIMITS.sweepPoints)}. Use fewer values on x or y.`;
    addProblem(
      ctx,
      ['y'],
      `at most ${formatCount(LIMITS.sweepPoints)} points (x values × y values)`,
      message,
      `${formatCount(points)} points`,
    );
  }
}

export const sweepSchema = z
  .strictObject({
    x: axis.describe('The parameter to sweep (the horizontal axis): an ensemble at each value.'),
    y: axis
      .optional()
      .describe(
        'A second parameter for a 2-D sweep (a heat map): an ensemble at each (x, y) pair.',
      ),
  })
  .superRefine(checkSweep, { when: (payload) => payload.issues.length === 0 })
  .describe(
    `The default sweep of "ripple sweep" and the app's Sweep panel: which parameters to vary and over which values; at most ${LIMITS.sweepValues} values per axis and ${formatCount(LIMITS.sweepPoints)} points.`,
  );

export type SweepSpec = z.output<typeof sweepSchema>;
