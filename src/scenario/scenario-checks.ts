import type { z } from 'zod';
import { CELF_MAX_NODES } from '../sim/seeding/greedy-celf.ts';
import { addProblem } from './fields.ts';
import { formatCount } from './format.ts';
import { graphSize } from './graph-size.ts';
import type { Scenario } from './scenario-schema.ts';
import { seedCount } from './seeding-schema.ts';

/** Checks across sections: seeds, and greedy seeding, must fit the graph (when its size is known before building). */
export function checkScenario(scenario: Scenario, ctx: z.RefinementCtx): void {
  const size = graphSize(scenario.graph);
  if (size === null) return;
  const { seeding } = scenario;
  const nodes = size.nodes;
  if (seeding.strategy === 'explicit') {
    seeding.nodes.forEach((node, i) => {
      if (typeof node === 'number' && node >= nodes) {
        const last = formatCount(nodes - 1);
        addProblem(ctx, ['seeding', 'nodes', i], `a node index from 0 to ${last}`, `There is no node ${node}: this graph's nodes are numbered 0 to ${last}.`);
      }
    });
  } else if (seedCount(seeding) > nodes) {
    const message = `The graph has only ${formatCount(nodes)} nodes, fewer than the ${formatCount(seeding.count)} seeds asked for.`;
    addProblem(ctx, ['seeding', 'count'], `at most ${formatCount(nodes)} (the number of nodes)`, message);
  }
  if (seeding.strategy === 'greedy-celf' && nodes > CELF_MAX_NODES) {
    const message = `Greedy seeding simulates every candidate seed, so it is limited to ${formatCount(CELF_MAX_NODES)} nodes; this graph has ${formatCount(nodes)}. degree-discount picks similar seeds fast.`;
    addProblem(ctx, ['seeding', 'strategy'], `a strategy that works on ${formatCount(nodes)} nodes`, message);
  }
}
