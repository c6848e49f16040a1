import type { z } from 'zod';
import { formatCount } from '../format/index.ts';
import { CELF_MAX_NODES } from '../sim/index.ts';
import { addProblem } from './fields.ts';
import { graphSize } from './graph-size.ts';
import { parameterProblem } from './parameter-path.ts';
import type { Scenario } from './scenario-schema.ts';
import { type SeedingSpec, seedCount } from './seeding-schema.ts';

/** Checks across sections: every seeding must fit the graph, and sweeps must name numbers that are there. */
export function checkScenario(scenario: Scenario, ctx: z.RefinementCtx): void {
  const size = graphSize(scenario.graph);
  if (size !== null) {
    checkSeedingFits(scenario.seeding, size.nodes, ['seeding'], ctx);
    for (const [i, variant] of (scenario.compare?.variants ?? []).entries()) {
      checkSeedingFits(variant.seeding, size.nodes, ['compare', 'variants', i, 'seeding'], ctx);
    }
  }
  for (const axis of ['x', 'y'] as const) {
    const spec = scenario.sweep?.[axis];
    const problem = spec && parameterProblem(scenario, spec.parameter);
    if (problem)
      addProblem(
        ctx,
        ['sweep', axis, 'parameter'],
        'the path of a number in graph, content, seeding or run',
        problem,
      );
  }
}

/** Seeds, and greedy seeding, must fit a graph of `nodes` nodes (when its size is known before building). */
function checkSeedingFits(
  seeding: SeedingSpec,
  nodes: number,
  at: PropertyKey[],
  ctx: z.RefinementCtx,
): void {
  if (seeding.strategy === 'explicit') {
    seeding.nodes.forEach((node, i) => {
      if (typeof node === 'number' && node >= nodes) {
        const last = formatCount(nodes - 1);
        addProblem(
          ctx,
          [...at, 'nodes', i],
          `a node index from 0 to ${last}`,
          `There is no node ${node}: this graph's nodes are numbered 0 to ${last}.`,
        );
      }
    });
  } else if (seedCount(seeding) > nodes) {
    const message = `The graph has only ${formatCount(nodes)} nodes, fewer than the ${formatCount(seeding.count)} seeds asked for.`;
    addProblem(
      ctx,
      [...at, 'count'],
      `at most ${formatCount(nodes)} (the number of nodes)`,
      message,
    );
  }
  if (seeding.strategy === 'greedy-celf' && nodes > CELF_MAX_NODES) {
    const message = `Greedy seeding simulates every candidate seed, so it is limited to ${formatCount(CELF_MAX_NODES)} nodes; this graph has ${formatCount(nodes)}. degree-discount picks similar seeds fast.`;
    addProblem(
      ctx,
      [...at, 'strategy'],
      `a strategy that works on ${formatCount(nodes)} nodes`,
      message,
    );
  }
}
