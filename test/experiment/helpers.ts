import { type Scenario, validateScenario } from '../../src/scenario/index.ts';

/** A small Erdős–Rényi scenario (IC, one random seed) for fast sweeps; fields overridable. */
export function smallEr(extra: Record<string, unknown> = {}, nodes = 1000): Scenario {
  const result = validateScenario({
    version: 1,
    name: 'Small ER',
    seed: 3,
    graph: { generator: 'erdos-renyi', nodes, meanDegree: 4 },
    content: { model: 'independent-cascade', power: 0.3 },
    run: { runs: 20 },
    ...extra,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.scenario;
}
