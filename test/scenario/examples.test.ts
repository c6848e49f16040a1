import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../../src/scenario/build-network.ts';
import { graphSize, parseScenario } from '../../src/scenario/index.ts';

const DIR = new URL('../../scenarios/', import.meta.url);
const EXAMPLES = readdirSync(DIR).filter(
  (name) => name.endsWith('.json') && name !== 'scenario.schema.json',
);

describe('example scenarios', () => {
  it('include at least four', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(4);
  });

  it.each(EXAMPLES)(
    '%s is valid, points at the schema, asks a question, and builds its graph',
    (name) => {
      const result = parseScenario(readFileSync(new URL(name, DIR), 'utf8'));
      if (!result.ok) expect.fail(JSON.stringify(result.problems, null, 2));
      const { scenario, warnings } = result;
      expect(warnings).toEqual([]);
      expect(scenario.$schema).toBe('./scenario.schema.json');
      expect(scenario.description).toMatch(/Question:[\s\S]*What to look for:/);
      const { network } = buildNetwork(scenario.graph, scenario.seed);
      const size = graphSize(scenario.graph);
      expect(network.n).toBe(size?.nodes);
      expect(network.src.length).toBeGreaterThan(0.8 * (size?.edges ?? 0));
    },
  );
});
