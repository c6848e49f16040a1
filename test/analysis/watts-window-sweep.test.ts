import { describe, expect, it } from 'vitest';
import { estimateCriticalValue } from '../../src/analysis/index.ts';
import { createLocalBuilder } from '../../src/experiment/local-builder.ts';
import { runSweep } from '../../src/experiment/sweep.ts';
import { validateScenario } from '../../src/scenario/index.ts';
import { wattsCascadeWindow } from '../../src/theory/index.ts';
import { runLocally } from '../../src/workers/local-executor.ts';

describe('a mean-degree sweep finds the Watts (2002) cascade window', () => {
  it('global cascades only between the window edges, with the lower edge near theory', async () => {
    const checked = validateScenario({
      version: 1,
      name: 'Watts window',
      seed: 7,
      graph: { generator: 'erdos-renyi', nodes: 4000, meanDegree: 4 },
      content: { model: 'linear-threshold', threshold: { rule: 'fraction', phi: 0.18 } },
      seeding: { strategy: 'random', count: 1 },
      run: { runs: 150, globalFraction: 0.1 },
    });
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    const values = [0.5, 1, 1.5, 2, 3, 4, 5, 6, 7, 8, 10];
    const result = await runSweep(checked.scenario, 'graph.meanDegree', values, {
      execute: runLocally,
      build: createLocalBuilder(),
    });
    const p = result.points.map((point) => point.summary.pGlobal.value);
    const window = wattsCascadeWindow(0.18)!; // about 1.02 < z < 5.76 on infinite Poisson graphs
    // Inside the window well away from its edges, cascades happen; far outside, never. The edges
    // themselves are blurred on 4,000 nodes (a cascade needs 400 people), so the test looks one
    // grid step beyond each: none at z = 0.5, none from z = 8 on (theory's edge 5.76 plus the
    // finite-size spill seen up to z ≈ 6–7).
    for (const [i, z] of values.entries()) {
      if (z > window.zLow + 0.9 && z < window.zHigh - 1.5)
        expect(p[i], `z = ${z}`).toBeGreaterThan(0.05);
      if (z <= 0.5 || z >= 8) expect(p[i], `z = ${z}`).toBe(0);
    }
    const estimate = estimateCriticalValue(
      result.points.map((point) => ({ value: point.x, summary: point.summary })),
    );
    // The lower edge: between the last empty grid value and the first global one, so within one
    // grid step (0.5) of theory's 1.02 on top of the finite-size shift (allowed: 0.8 to 2.0).
    expect(estimate.onset!.value).toBeGreaterThan(0.8);
    expect(estimate.onset!.value).toBeLessThan(2);
    expect(estimate.explanation).toMatch(/window/);
  });
});
