import { PreparedTransmission } from '../sim/index.ts';
import type { ModelDescriptor, SchemaKit } from './descriptor.ts';
import {
  applyTransmissionOptions,
  DEFAULT_POWER,
  powerField,
  powerSweep,
  type TransmissionSpec,
  transmissionDiscountChance,
  transmissionFields,
  transmissionFirstWave,
  transmissionOptions,
  transmissionTheory,
} from './transmission.ts';

/** Kempe, Kleinberg and Tardos (2003): each new sharer gets one chance per follower. */
export interface IndependentCascadeSpec extends TransmissionSpec {
  readonly model: 'independent-cascade';
}

function schema(kit: SchemaKit) {
  const { power, weighting } = transmissionFields(kit);
  return kit
    .strictObject({ model: kit.literal('independent-cascade'), power, weighting })
    .describe(
      'Independent cascade: each new sharer gets one chance to pass the content to each follower.',
    );
}

/** One chance to pass on: a sharer stops after one step (γ = 1). */
const SHARES_ONCE = 1;

export const independentCascade: ModelDescriptor<
  ReturnType<typeof schema>,
  IndependentCascadeSpec,
  PreparedTransmission
> = {
  name: 'independent-cascade',
  cliName: 'ic',
  label: 'the independent cascade',
  appLabel: 'Share once (independent cascade)',
  docsSection: 'Independent cascade (IC)',
  example: 'tipping-point-er.json',
  schema,
  defaults: { model: 'independent-cascade', power: DEFAULT_POWER },
  toSpec: (content) => ({
    model: content.model,
    power: content.power,
    weighting: content.weighting,
  }),
  prepare: (csr, spec, silent) =>
    new PreparedTransmission(csr, spec.power, spec.weighting, SHARES_ONCE, silent),
  theory: (spec) => transmissionTheory(spec, SHARES_ONCE),
  discountChance: (spec) => transmissionDiscountChance(spec, SHARES_ONCE),
  expectedFirstWave: (csr, spec, seeds, count) =>
    transmissionFirstWave(csr, spec, SHARES_ONCE, seeds, count),
  fields: [powerField],
  cli: { options: transmissionOptions, apply: applyTransmissionOptions },
  sweepable: [powerSweep],
};
