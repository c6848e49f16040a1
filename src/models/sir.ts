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

/** SIR with interest decay: sharers keep passing content on until they lose interest. */
export interface SirSpec extends TransmissionSpec {
  readonly model: 'sir';
  /** γ: chance that a sharer loses interest after each step of sharing (γ = 1 is IC). */
  readonly recovery: number;
}

/** γ when --model sir (or the app) switches to SIR and none is given. */
const DEFAULT_RECOVERY = 0.5;

function schema(kit: SchemaKit) {
  const { power, weighting } = transmissionFields(kit);
  return kit
    .strictObject({
      model: kit.literal('sir'),
      power,
      recovery: kit
        .positiveFraction()
        .describe(
          'γ: chance per step that a sharer loses interest and stops, above 0 and at most 1 (1 is the independent cascade).',
        ),
      weighting,
    })
    .describe(
      'SIR with interest decay: sharers keep passing the content on until they lose interest.',
    );
}

export const sir: ModelDescriptor<ReturnType<typeof schema>, SirSpec, PreparedTransmission> = {
  name: 'sir',
  cliName: 'sir',
  label: 'SIR with interest decay',
  appLabel: 'Keep sharing until bored (SIR)',
  docsSection: 'SIR with interest decay',
  example: 'sir-interest-decay.json',
  schema,
  defaults: { model: 'sir', power: DEFAULT_POWER, recovery: DEFAULT_RECOVERY },
  toSpec: (content) => ({
    model: content.model,
    power: content.power,
    recovery: content.recovery,
    weighting: content.weighting,
  }),
  prepare: (csr, spec, silent) =>
    new PreparedTransmission(csr, spec.power, spec.weighting, spec.recovery, silent),
  theory: (spec) => transmissionTheory(spec, spec.recovery),
  discountChance: (spec) => transmissionDiscountChance(spec, spec.recovery),
  expectedFirstWave: (csr, spec, seeds, count) =>
    transmissionFirstWave(csr, spec, spec.recovery, seeds, count),
  fields: [
    powerField,
    {
      path: ['content', 'recovery'],
      label: 'Loss of interest per step (γ)',
      kind: 'slider',
      min: 0.01,
      max: 1,
      step: 0.01,
      help: 'γ = 1 shares once, like the first model.',
    },
  ],
  cli: {
    options: [
      ...transmissionOptions,
      {
        name: 'recovery',
        sets: 'recovery',
        value: 'G',
        help: 'loss of interest per step γ: above 0, 1 shares once',
        fallback: `${DEFAULT_RECOVERY}, or the file's γ`,
      },
    ],
    apply: (content, given) => {
      applyTransmissionOptions(content, given);
      if (given.has('recovery')) content.recovery = given.get('recovery');
    },
  },
  sweepable: [
    powerSweep,
    { path: 'content.recovery', label: 'loss of interest γ', from: 0.1, to: 1 },
  ],
};
