import { MODELS, sweepableFor } from '../../models/index.ts';
import type { Scenario } from '../../scenario/index.ts';

/** A parameter the Sweep view offers, when it applies to the scenario at hand. */
export interface SweepParameter {
  readonly path: string;
  readonly label: string;
  readonly from: number;
  readonly to: number;
  readonly integer?: boolean;
  readonly applies: (s: Scenario) => boolean;
}

/** Each model's content numbers (src/models), offered when the scenario's content has them. */
const CONTENT_PARAMETERS: SweepParameter[] = [
  ...new Map(
    MODELS.flatMap((model) => model.sweepable).map(({ path, label, from, to, integer }) => [
      path,
      {
        path,
        label,
        from,
        to,
        integer,
        applies: (s: Scenario) => sweepableFor(s.content).some((p) => p.path === path),
      },
    ]),
  ).values(),
];

/** The numeric settings worth sweeping, with a default range that brackets typical tipping points. */
export const SWEEP_PARAMETERS: readonly SweepParameter[] = [
  ...CONTENT_PARAMETERS,
  {
    path: 'seeding.count',
    label: 'number of seeds',
    from: 1,
    to: 20,
    integer: true,
    applies: (s) => s.seeding.strategy !== 'explicit',
  },
  {
    path: 'graph.meanDegree',
    label: 'mean degree z',
    from: 0.5,
    to: 10,
    applies: (s) =>
      s.graph.generator === 'erdos-renyi' &&
      'meanDegree' in s.graph &&
      s.graph.meanDegree !== undefined,
  },
  {
    path: 'graph.m',
    label: 'ties per newcomer m',
    from: 1,
    to: 6,
    integer: true,
    applies: (s) => s.graph.generator === 'barabasi-albert',
  },
  {
    path: 'graph.beta',
    label: 'rewired share β',
    from: 0,
    to: 1,
    applies: (s) => s.graph.generator === 'watts-strogatz',
  },
  {
    path: 'graph.population.botShare',
    label: 'share of fake followers',
    from: 0,
    to: 0.8,
    applies: (s) => s.graph.population !== undefined,
  },
  {
    path: 'graph.ties.weak',
    label: 'weak tie strength',
    from: 0.05,
    to: 1,
    applies: (s) => s.graph.ties !== undefined,
  },
];

export function parametersFor(scenario: Scenario): SweepParameter[] {
  return SWEEP_PARAMETERS.filter((p) => p.applies(scenario));
}

/** `steps` values from `from` to `to`; whole numbers (deduplicated) for integer parameters. */
export function sweepValues(
  parameter: SweepParameter,
  from: number,
  to: number,
  steps: number,
): number[] {
  const n = Math.max(1, Math.round(steps));
  const raw = Array.from({ length: n }, (_, i) =>
    n === 1 ? from : from + ((to - from) * i) / (n - 1),
  );
  if (!parameter.integer) return raw.map((v) => Number(v.toPrecision(12)));
  return [...new Set(raw.map(Math.round))];
}
