import { expect } from 'vitest';
import {
  type Problem,
  parseScenario,
  type Scenario,
  validateScenario,
} from '../../src/scenario/index.ts';

/** The smallest valid scenario; tests spread changes over it. */
export function minimal(): Record<string, unknown> {
  return {
    version: 1,
    name: 'Test',
    graph: { generator: 'erdos-renyi', nodes: 100, meanDegree: 4 },
    content: { model: 'independent-cascade', power: 0.3 },
  };
}

export function problemsOf(value: unknown): Problem[] {
  const result = validateScenario(value);
  if (result.ok) throw new Error('expected problems, but the scenario is valid');
  return result.problems;
}

export function problemsOfText(text: string): Problem[] {
  const result = parseScenario(text);
  if (result.ok) throw new Error('expected problems, but the scenario is valid');
  return result.problems;
}

export function valid(value: unknown): Scenario {
  const result = validateScenario(value);
  if (!result.ok) expect.fail(`unexpected problems: ${JSON.stringify(result.problems, null, 2)}`);
  return result.scenario;
}

export function paths(problems: readonly Problem[]): string[] {
  return problems.map((problem) => problem.path);
}
