import { GraphFormatError } from '../graph/index.ts';
import {
  buildNetwork,
  type Problem,
  type Scenario,
  type SeedingSpec,
  type SweepAxisSpec,
} from '../scenario/index.ts';
import type { ReadGraphFile } from './experiment.ts';
import { withNetwork } from './experiment.ts';
import { SeedingError } from './seeding-error.ts';
import { ParameterError } from './set-parameter.ts';
import { axisFromSpec, planSweep } from './sweep-plan.ts';

/**
 * What `run`, `sweep` and `compare` would refuse in a scenario that is valid on its own, so
 * that `ripple validate` never calls valid what they refuse: the values of its own sweep, and,
 * with `readFile`, its graph file and the seeds named in it. Cheap: no strategy that simulates
 * (greedy seeding) is run, and no network is generated.
 */
export function runnableProblems(scenario: Scenario, readFile?: ReadGraphFile): Problem[] {
  const problems = sweepProblems(scenario);
  if (readFile && scenario.graph.generator === 'file')
    problems.push(...graphFileProblems(scenario, readFile));
  return problems;
}

/** Each value of the scenario's own sweep, then the grid of both axes, as planSweep checks it. */
export function sweepProblems(scenario: Scenario): Problem[] {
  const { sweep } = scenario;
  if (!sweep) return [];
  const axes = { x: sweep.x, y: sweep.y };
  const problems: Problem[] = [];
  for (const [name, spec] of Object.entries(axes)) {
    if (!spec) continue;
    const axis = axisFromSpec(spec);
    axis.values.forEach((value, i) => {
      try {
        planSweep(scenario, { parameter: axis.parameter, values: [value] });
      } catch (error) {
        if (!(error instanceof ParameterError)) throw error;
        problems.push({
          path: `$.sweep.${name}.${valueKey(spec, i, axis.values.length)}`,
          expected: `a value of ${axis.parameter} that makes a valid scenario`,
          found: String(value),
          message: error.message,
        });
      }
    });
  }
  if (problems.length > 0 || !axes.y) return problems;
  try {
    planSweep(scenario, axisFromSpec(sweep.x), axisFromSpec(axes.y));
    return [];
  } catch (error) {
    if (!(error instanceof ParameterError)) throw error;
    return [
      { path: '$.sweep', expected: 'a grid of valid scenarios', found: '', message: error.message },
    ];
  }
}

/** Where a value of an axis is written: in its list, or the end of its range it comes from. */
function valueKey(spec: SweepAxisSpec, i: number, count: number): string {
  if (spec.values) return `values[${i}]`;
  if (i === 0) return 'from';
  return i === count - 1 ? 'to' : 'steps';
}

/** The graph file parsed, within the limits `run` reads it with, and the seeds it must hold. */
function graphFileProblems(scenario: Scenario, readFile: ReadGraphFile): Problem[] {
  let network: ReturnType<typeof buildNetwork>['network'];
  try {
    ({ network } = buildNetwork(scenario.graph, scenario.seed, readFile));
  } catch (error) {
    if (!(error instanceof GraphFormatError)) throw error;
    const file = scenario.graph.generator === 'file' ? scenario.graph.path : '';
    return error.problems.map((p) => ({
      path: p.line > 0 ? `${file}, line ${p.line}` : '$.graph.path',
      expected: 'a valid graph file',
      found: '',
      message: p.message,
    }));
  }
  const seedings: [string, SeedingSpec][] = [
    ['$.seeding', scenario.seeding],
    ...(scenario.compare?.variants ?? []).map((v, i): [string, SeedingSpec] => [
      `$.compare.variants[${i}].seeding`,
      v.seeding,
    ]),
  ];
  return seedings.flatMap(([at, seeding]) => {
    if (seeding.strategy !== 'explicit') return [];
    try {
      withNetwork({ ...scenario, seeding }, network);
      return [];
    } catch (error) {
      if (!(error instanceof SeedingError)) throw error;
      const path = error.path.replace('$.seeding', at);
      return [{ path, expected: 'a node of the graph file', found: '', message: error.message }];
    }
  });
}
