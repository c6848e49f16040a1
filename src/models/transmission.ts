import type { Csr } from '../sim/index.ts';
import { expectedFirstGeneration, PreparedTransmission, type Weighting } from '../sim/index.ts';
import { transmissibility } from '../theory/index.ts';
import type {
  ModelField,
  ModelOption,
  ModelTheory,
  RawContent,
  SchemaKit,
  SweepableParameter,
} from './descriptor.ts';

/**
 * What the models that spread along arcs share (the independent cascade, and SIR, which is the
 * independent cascade with a longer sharing period): propagation power, tie weighting, and
 * their theory, bond percolation with transmissibility T = p / (p + γ − pγ).
 */
export interface TransmissionSpec {
  /** Per-step, per-neighbour chance to pass on: min(1, power × w(u,v)). */
  readonly power: number;
  readonly weighting: Weighting;
}

/** The schema fields of power and tie weighting. */
export function transmissionFields(kit: SchemaKit) {
  return {
    power: kit
      .probability()
      .describe(
        'Propagation power: the chance, per exposure, that a person passes the content on (times the tie strength); 0 to 1.',
      ),
    weighting: kit
      .enum(['tie-strength', 'weighted-cascade'])
      .default('tie-strength')
      .describe(
        "How an edge scales the power: 'tie-strength' uses the tie's weight (1 without ties); " +
          "'weighted-cascade' uses 1 / (accounts the receiver follows). Default 'tie-strength'.",
      ),
  };
}

export const DEFAULT_POWER = 0.1;

export const powerField: ModelField<unknown> = {
  path: ['content', 'power'],
  label: 'Propagation power',
  help: 'The chance that one exposure makes a person pass the content on.',
  kind: 'slider',
  min: 0,
  max: 1,
  step: 0.001,
  main: true,
};

export const powerOption: ModelOption = {
  name: 'power',
  sets: 'power',
  value: 'P',
  help: 'propagation power',
  fallback: `${DEFAULT_POWER}, or the file's power`,
};

export const weightingOption: ModelOption = {
  name: 'weighting',
  sets: 'weighting',
  value: 'W',
  help: 'tie-strength or weighted-cascade (1 / in-degree): how a tie scales the power',
  choices: ['tie-strength', 'weighted-cascade'],
  fallback: "tie-strength, or the file's",
};

/** The options of the models that spread along arcs: power and tie weighting. */
export const transmissionOptions: readonly ModelOption[] = [powerOption, weightingOption];

export const powerSweep: SweepableParameter<unknown> = {
  path: 'content.power',
  label: 'propagation power',
  from: 0.02,
  to: 0.6,
};

/** Sets --power and --weighting in a content read from a file. */
export function applyTransmissionOptions(
  content: RawContent,
  given: ReadonlyMap<string, number | string>,
) {
  if (given.has('power')) content.power = given.get('power');
  if (given.has('weighting')) content.weighting = given.get('weighting');
}

/** Bond percolation, unless the weighted cascade makes each edge's chance depend on its receiver. */
export function transmissionTheory(spec: TransmissionSpec, recovery: number): ModelTheory {
  if (spec.weighting === 'weighted-cascade')
    return {
      kind: 'none',
      reason:
        'With the weighted cascade each edge passes content with chance power / in-degree, which depends on the receiver: no single-threshold prediction applies.',
    };
  return { kind: 'percolation', parameter: powerSweep.path, power: spec.power, recovery };
}

/** degree-discount's p: the chance to pass on over a whole sharing period, tie strengths aside. */
export function transmissionDiscountChance(spec: TransmissionSpec, recovery: number): number {
  return transmissibility(Math.min(1, spec.power), recovery);
}

/** Σ over the seeds' arcs of each arc's transmissibility (bots counted as audience). */
export function transmissionFirstWave(
  csr: Csr,
  spec: TransmissionSpec,
  recovery: number,
  seeds: Int32Array | null,
  count: number,
): number {
  const model = new PreparedTransmission(csr, spec.power, spec.weighting, recovery, null);
  return expectedFirstGeneration(csr, model, seeds, count);
}
