/** When the chosen seeds start, in choice order (mirrors the scenario's `seeding.schedule`). */
export type ScheduleSpec =
  | { readonly type: 'synchronous' }
  | { readonly type: 'staggered'; readonly every: number }
  | { readonly type: 'explicit'; readonly steps: readonly number[] };

const MAX_STEP = 0x7fffffff;

/**
 * The activation step of each of `count` seeds: all 0 (the multi-point synchronous start),
 * i × every (one after another), or the listed steps.
 */
export function seedSteps(count: number, schedule: ScheduleSpec): Int32Array {
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`The number of seeds must be a whole number, 0 or more; got ${count}.`);
  switch (schedule.type) {
    case 'synchronous':
      return new Int32Array(count);
    case 'staggered': {
      const { every } = schedule;
      if (!Number.isInteger(every) || every < 1) {
        throw new RangeError(
          `A staggered schedule needs \`every\` to be a whole number of steps, at least 1; got ${every}.`,
        );
      }
      if ((count - 1) * every > MAX_STEP) {
        throw new RangeError(
          `A staggered schedule of ${count} seeds every ${every} steps would start the last seed after step ${MAX_STEP}; use fewer seeds or a shorter gap.`,
        );
      }
      return Int32Array.from({ length: count }, (_, i) => i * every);
    }
    case 'explicit': {
      const { steps } = schedule;
      if (steps.length !== count) {
        throw new RangeError(
          `The explicit schedule lists ${steps.length} start steps for ${count} seeds; give exactly one step per seed.`,
        );
      }
      steps.forEach((step, i) => {
        if (!Number.isInteger(step) || step < 0 || step > MAX_STEP) {
          throw new RangeError(
            `Start step ${i + 1} of the explicit schedule must be a whole number from 0 to ${MAX_STEP}; got ${step}.`,
          );
        }
      });
      return Int32Array.from(steps);
    }
  }
}
