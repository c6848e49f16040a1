import { PreparedThreshold, type ThresholdRule } from '../sim/index.ts';
import {
  type ModelDescriptor,
  ModelOptionError,
  type RawContent,
  type SchemaKit,
} from './descriptor.ts';

/** People adopt once enough of the accounts they follow have; power does not enter. */
export interface LinearThresholdSpec {
  readonly model: 'linear-threshold';
  readonly threshold: ThresholdRule;
}

/** The largest count threshold: as many as a scenario may seed (LIMITS.seeds). */
const MAX_COUNT = 10_000;

function schema(kit: SchemaKit) {
  const uniformRandom = kit
    .strictObject({ rule: kit.literal('uniform-random') })
    .describe(
      'Each person draws a threshold uniformly from 0 to 1 in every run (Kempe et al. 2003).',
    );
  const fraction = kit
    .strictObject({
      rule: kit.literal('fraction'),
      phi: kit.probability().describe('Share φ of active in-neighbours needed to adopt, 0 to 1.'),
    })
    .describe('Everyone adopts once a share φ of the accounts they follow has (Watts 2002).');
  const count = kit
    .strictObject({
      rule: kit.literal('count'),
      count: kit
        .wholeNumber(1, MAX_COUNT)
        .describe('Number of active in-neighbours needed to adopt, at least 1.'),
    })
    .describe(
      'Everyone adopts once `count` accounts they follow have: complex contagion (Centola and Macy 2007).',
    );
  return kit
    .strictObject({
      model: kit.literal('linear-threshold'),
      threshold: kit
        .discriminatedUnion('rule', [uniformRandom, fraction, count])
        .describe('When a person adopts; a lower threshold is more persuasive content.'),
    })
    .describe('Linear threshold: people adopt once enough of the accounts they follow have.');
}

/** Each rule as the app and the CLI first set it. */
const RULE_DEFAULTS = {
  fraction: { rule: 'fraction', phi: 0.18 },
  count: { rule: 'count', count: 2 },
  'uniform-random': { rule: 'uniform-random' },
} as const satisfies Record<ThresholdRule['rule'], ThresholdRule>;

/** Where φ is in a scenario: the main slider, the swept number, where theory's tipping point is. */
const PHI_PATH = 'content.threshold.phi';

/** degree-discount's p: LT has no per-arc chance, so a small fixed one stands in for it. */
export const LINEAR_THRESHOLD_DISCOUNT_CHANCE = 0.01;

export const linearThreshold: ModelDescriptor<
  ReturnType<typeof schema>,
  LinearThresholdSpec,
  PreparedThreshold
> = {
  name: 'linear-threshold',
  cliName: 'lt',
  label: 'the threshold model',
  appLabel: 'Convinced by enough friends (threshold)',
  docsSection: 'Linear threshold (LT)',
  example: 'watts-threshold-cascade.json',
  schema,
  defaults: { model: 'linear-threshold', threshold: RULE_DEFAULTS.fraction },
  toSpec: (content) => ({ model: content.model, threshold: { ...content.threshold } }),
  prepare: (csr, spec, silent) => new PreparedThreshold(csr, spec.threshold, silent),
  theory: ({ threshold }) => {
    if (threshold.rule === 'fraction')
      return { kind: 'fraction-threshold', parameter: PHI_PATH, phi: threshold.phi };
    return {
      kind: 'none',
      reason:
        threshold.rule === 'count'
          ? "Watts' cascade condition is for a share φ of friends; for a count of friends (complex contagion) Ripple has no closed-form tipping point."
          : 'With thresholds drawn afresh for everyone in every run, Ripple has no closed-form tipping point.',
    };
  },
  discountChance: () => LINEAR_THRESHOLD_DISCOUNT_CHANCE,
  fields: [
    {
      path: ['content', 'threshold', 'rule'],
      label: 'A person shares when convinced by',
      kind: 'select',
      choices: [
        { value: 'fraction', label: 'A share of my friends (φ)', content: RULE_DEFAULTS.fraction },
        { value: 'count', label: 'A number of my friends', content: RULE_DEFAULTS.count },
        {
          value: 'uniform-random',
          label: 'Everyone differs (random thresholds)',
          content: RULE_DEFAULTS['uniform-random'],
        },
      ],
      replaces: ['content', 'threshold'],
    },
    {
      path: ['content', 'threshold', 'phi'],
      label: 'Threshold φ (lower = more persuasive content)',
      kind: 'slider',
      min: 0,
      max: 1,
      step: 0.001,
      main: true,
      shownFor: (content) => content.threshold.rule === 'fraction',
    },
    {
      path: ['content', 'threshold', 'count'],
      label: 'Friends needed',
      kind: 'number',
      min: 1,
      step: 1,
      shownFor: (content) => content.threshold.rule === 'count',
    },
  ],
  cli: {
    options: [
      {
        name: 'threshold-rule',
        sets: 'threshold',
        value: 'RULE',
        help: 'fraction, count or uniform-random: when people adopt',
        choices: ['fraction', 'count', 'uniform-random'],
        fallback: "fraction, or the file's rule",
      },
      {
        name: 'threshold',
        sets: 'threshold',
        value: 'X',
        help: 'φ for the fraction rule (the default), K friends for count',
        fallback: `φ ${RULE_DEFAULTS.fraction.phi} or K ${RULE_DEFAULTS.count.count}, or the file's value for that rule`,
      },
    ],
    apply: applyThresholdOptions,
  },
  sweepable: [
    {
      path: PHI_PATH,
      label: 'threshold φ',
      from: 0.05,
      to: 0.35,
      appliesTo: (content) => content.threshold.rule === 'fraction',
    },
  ],
};

/**
 * --threshold-rule RULE and --threshold X. X alone sets φ (the fraction rule), as it always
 * has; with --threshold-rule count it sets K. A rule alone keeps the file's value when the
 * file has that rule, and otherwise starts from the app's default.
 */
function applyThresholdOptions(
  content: RawContent,
  given: ReadonlyMap<string, number | string>,
): void {
  const rule = given.get('threshold-rule') as ThresholdRule['rule'] | undefined;
  const value = given.get('threshold');
  if (rule === undefined && value === undefined) return;
  const target = rule ?? 'fraction';
  if (target === 'uniform-random') {
    if (value !== undefined)
      throw new ModelOptionError(
        '--threshold takes no value with --threshold-rule uniform-random: everyone draws a threshold at random.',
      );
    content.threshold = { ...RULE_DEFAULTS[target] };
    return;
  }
  const key = target === 'fraction' ? 'phi' : 'count';
  const current = content.threshold as Record<string, unknown> | null | undefined;
  const fromFile = current?.rule === target ? current[key] : undefined;
  const fallback = target === 'fraction' ? RULE_DEFAULTS.fraction.phi : RULE_DEFAULTS.count.count;
  content.threshold = { rule: target, [key]: value ?? fromFile ?? fallback };
}
