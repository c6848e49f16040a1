import { describe, expect, it } from 'vitest';
import { graphStats } from '../../src/graph/stats/index.ts';
import { buildNetwork } from '../../src/scenario/build-network.ts';
import { type Scenario, validateScenario } from '../../src/scenario/index.ts';
import { criticalPower, percolationThreshold, wattsCriticalPhi } from '../../src/theory/index.ts';
import { criticalMark } from '../../src/ui/critical-marks.ts';

/** An Erdős–Rényi scenario (2 000 nodes, z = 4) with this content; optional tie strengths. */
function markFor(content: Record<string, unknown>, ties?: Record<string, unknown>) {
  const checked = validateScenario({
    version: 1,
    name: 'Mark',
    seed: 8,
    graph: { generator: 'erdos-renyi', nodes: 2000, meanDegree: 4, ...(ties ? { ties } : {}) },
    content,
  });
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  const scenario: Scenario = checked.scenario;
  const { network } = buildNetwork(scenario.graph, scenario.seed);
  const stats = graphStats(network);
  return { mark: criticalMark(scenario, network, stats), stats, network };
}

describe('the critical mark on the main slider', () => {
  it('IC: the power at which T reaches this network’s T_c, scaled by the mean tie strength', () => {
    const { mark, stats } = markFor({ model: 'independent-cascade', power: 0.3 });
    expect(mark!.value).toBeCloseTo(percolationThreshold(stats), 12);
    expect(mark!.text).toMatch(/^Tipping point ≈ 0\.2\d\d \(percolation theory/);
    const weak = markFor(
      { model: 'independent-cascade', power: 0.3 },
      { strong: 1, weak: 0.5, strongShare: 0.5, placement: 'random' },
    );
    const w = weak.network.weight!;
    const meanTie = w.reduce((a, b) => a + b, 0) / w.length;
    expect(weak.mark!.value).toBeCloseTo(percolationThreshold(weak.stats) / meanTie, 12);
  });

  it('SIR: the power whose whole-period transmissibility is T_c', () => {
    const { mark, stats } = markFor({ model: 'sir', power: 0.1, recovery: 0.5 });
    const tc = percolationThreshold(stats);
    expect(mark!.value).toBeCloseTo(criticalPower(tc, { recovery: 0.5 }), 12);
  });

  it('LT with a fraction φ: Watts’ largest φ; no mark for counts, random thresholds or the weighted cascade', () => {
    const { mark, stats } = markFor({
      model: 'linear-threshold',
      threshold: { rule: 'fraction', phi: 0.18 },
    });
    const total = stats.degreeHistogram.reduce((a, b) => a + b, 0);
    expect(mark!.value).toBe(wattsCriticalPhi(stats.degreeHistogram.map((c) => c / total)));
    expect(mark!.text).toContain('Cascades possible for φ ≤');
    for (const threshold of [{ rule: 'count', count: 2 }, { rule: 'uniform-random' }])
      expect(markFor({ model: 'linear-threshold', threshold }).mark).toBeNull();
    expect(
      markFor({ model: 'independent-cascade', power: 0.3, weighting: 'weighted-cascade' }).mark,
    ).toBeNull();
  });

  it('says when no power is enough: the network is too sparse', () => {
    const checked = validateScenario({
      version: 1,
      name: 'Sparse',
      graph: { generator: 'erdos-renyi', nodes: 2000, meanDegree: 0.5 },
      content: { model: 'independent-cascade', power: 0.3 },
    });
    if (!checked.ok) throw new Error('invalid');
    const { network } = buildNetwork(checked.scenario.graph, 1);
    expect(criticalMark(checked.scenario, network, graphStats(network))).toEqual({
      value: 1,
      text: 'No power is enough here: the network is too sparse for a global cascade.',
    });
  });
});
