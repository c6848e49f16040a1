import { describe, expect, it } from 'vitest';
import { type SweepTheoryInput, theoryForSweep } from '../../src/analysis/index.ts';
import type { ModelSpec } from '../../src/models/index.ts';
import {
  degreeSequenceFinalSize,
  erdosRenyiFinalSize,
  poissonDegreeDistribution,
  transmissibility,
  wattsCascadeWindow,
} from '../../src/theory/index.ts';

/** An ideal Erdős–Rényi graph of mean degree z: ⟨k²⟩ = z² + z, Poisson histogram (as counts). */
function erInput(
  z: number,
  parameter: string,
  model: ModelSpec,
  extra: Partial<SweepTheoryInput> = {},
): SweepTheoryInput {
  return {
    parameter,
    values: [0.1, 0.2, 0.3, 0.4, 0.5],
    model,
    degree: {
      meanDegree: z,
      meanSquareDegree: z * z + z,
      directed: false,
      histogram: poissonDegreeDistribution(z, 40).map((p) => p * 1000),
    },
    meanTieStrength: 1,
    generator: 'erdos-renyi',
    nodes: 4000,
    ...extra,
  };
}
const IC: ModelSpec = { model: 'independent-cascade', power: 0.2, weighting: 'tie-strength' };
const LT = (phi: number): ModelSpec => ({
  model: 'linear-threshold',
  threshold: { rule: 'fraction', phi },
});

describe('theoryForSweep: propagation power', () => {
  it('IC on Erdős–Rényi z = 4: T_c = 1/z = 0.25, with the final-size curve', () => {
    const t = theoryForSweep(erInput(4, 'content.power', IC));
    expect(t.kind).toBe('percolation');
    expect(t.criticalValue).toBeCloseTo(0.25, 12);
    const { x, y } = t.curve!;
    expect(x[0]).toBe(0.1);
    expect(x[x.length - 1]).toBe(0.5);
    expect(x).toContain(0.3);
    expect(x).toContain(t.criticalValue); // the kink is drawn exactly
    // The curve is the final size of the histogram's degrees (generating functions); on these
    // Poisson degrees it is the Erdős–Rényi S = 1 − exp(−zTS), up to rounding near T_c.
    for (const [i, power] of x.entries())
      expect(y[i]).toBeCloseTo(erdosRenyiFinalSize(4, power), 10);
    expect(y[x.indexOf(0.2)]).toBe(0);
    expect(t.source).toContain('Newman 2002');
    expect(t.note).toContain('±6.3%'); // 4000^(−1/3)
  });

  it('SIR with interest decay γ: the power whose transmissibility p/(p + γ − pγ) is T_c', () => {
    const gamma = 0.5;
    const t = theoryForSweep(
      erInput(4, 'content.power', {
        model: 'sir',
        power: 0.1,
        recovery: gamma,
        weighting: 'tie-strength',
      }),
    );
    const p = t.criticalValue!;
    expect(p).toBeCloseTo(0.125 / 0.875, 12);
    expect(p / (p + gamma - p * gamma)).toBeCloseTo(0.25, 12);
    const i = t.curve!.x.indexOf(0.3);
    expect(t.curve!.y[i]).toBeCloseTo(erdosRenyiFinalSize(4, 0.3 / (0.3 + 0.5 - 0.15)), 12);
  });

  it('weaker ties need more power; a directed network uses ⟨k_in·k_out⟩ and has no curve', () => {
    expect(
      theoryForSweep(erInput(4, 'content.power', IC, { meanTieStrength: 0.5 })).criticalValue,
    ).toBeCloseTo(0.5, 12);
    const directed = theoryForSweep(
      erInput(4, 'content.power', IC, {
        degree: {
          meanDegree: 4,
          meanSquareDegree: 20,
          directed: true,
          meanInOutDegree: 16,
          histogram: [],
        },
        generator: 'barabasi-albert',
      }),
    );
    expect(directed.criticalValue).toBeCloseTo(0.25, 12);
    expect(directed.curve).toBeUndefined();
    expect(directed.source).toContain('directed');
    const scaleFree = theoryForSweep(
      erInput(4, 'content.power', IC, {
        degree: { meanDegree: 4, meanSquareDegree: 84, directed: false, histogram: [] },
        generator: 'configuration-model',
      }),
    );
    expect(scaleFree.criticalValue).toBeCloseTo(0.05, 12);
  });

  it('says when no power reaches the threshold, or the model has none', () => {
    const sparse = theoryForSweep(erInput(0.5, 'content.power', IC));
    expect(sparse.kind).toBe('percolation');
    expect(sparse.criticalValue).toBeNull();
    expect(sparse.note).toContain('No propagation power reaches it');
    expect(theoryForSweep(erInput(4, 'content.power', LT(0.2))).kind).toBe('none');
    expect(
      theoryForSweep(erInput(4, 'content.power', { ...IC, weighting: 'weighted-cascade' })).kind,
    ).toBe('none');
  });
});

describe('theoryForSweep: the final-size curve of any undirected network', () => {
  // A heavy-tailed histogram (no generator named: a graph file, say): 1 000 nodes.
  const histogram = [0, 0, 400, 250, 150, 80, 50, 30, 20, 10, 5, 3, 2];
  const n = histogram.reduce((a, b) => a + b, 0);
  const meanDegree = histogram.reduce((a, c, k) => a + k * c, 0) / n;
  const meanSquareDegree = histogram.reduce((a, c, k) => a + k * k * c, 0) / n;
  const degree = { meanDegree, meanSquareDegree, directed: false, histogram };

  it('is the generating-function final size of its degrees, 0 up to the critical value', () => {
    const t = theoryForSweep(erInput(4, 'content.power', IC, { degree, generator: 'file' }));
    const { x, y } = t.curve!;
    const critical = t.criticalValue!;
    expect(critical).toBeCloseTo(meanDegree / (meanSquareDegree - meanDegree), 12);
    expect(x).toContain(critical);
    for (const [i, power] of x.entries()) {
      expect(y[i]).toBe(degreeSequenceFinalSize(histogram, power));
      if (power <= critical) expect(y[i]).toBeLessThan(1e-12);
    }
    expect(y[x.length - 1]).toBeGreaterThan(0.3);
    expect(t.note).toContain('the chance one seed starts one');
  });

  it('uses the whole sharing period for SIR, and says one seed’s chance is then only bounded', () => {
    const sir: ModelSpec = { model: 'sir', power: 0.1, recovery: 0.5, weighting: 'tie-strength' };
    const t = theoryForSweep(erInput(4, 'content.power', sir, { degree, generator: 'file' }));
    const i = t.curve!.x.indexOf(0.4);
    expect(t.curve!.y[i]).toBe(degreeSequenceFinalSize(histogram, transmissibility(0.4, 0.5)));
    expect(t.note).toContain('at most the chance one seed starts one');
  });

  it('is not drawn on a directed network, and the note says why', () => {
    const t = theoryForSweep(
      erInput(4, 'content.power', IC, {
        degree: { ...degree, directed: true, meanInOutDegree: meanSquareDegree },
      }),
    );
    expect(t.kind).toBe('percolation');
    expect(t.criticalValue).toBeCloseTo(meanDegree / meanSquareDegree, 12);
    expect(t.curve).toBeUndefined();
    expect(t.note).toContain('No final-size curve: on a directed network');
  });
});

describe('theoryForSweep: linear threshold (Watts 2002)', () => {
  it('φ: the largest φ with cascades, from the degree histogram (z = 4 → 1/5)', () => {
    const t = theoryForSweep(erInput(4, 'content.threshold.phi', LT(0.2)));
    expect(t.kind).toBe('watts-phi');
    expect(t.criticalValue).toBeCloseTo(0.2, 12);
    expect(t.source).toContain('Watts 2002');
    expect(theoryForSweep(erInput(4, 'content.threshold.phi', IC)).kind).toBe('none');
  });

  it('mean degree on Erdős–Rényi: the cascade window, its lower edge as the critical value', () => {
    const t = theoryForSweep(
      erInput(4, 'graph.meanDegree', LT(0.18), { values: [1, 2, 4, 8, 12] }),
    );
    const w = wattsCascadeWindow(0.18, { zMax: 20 })!;
    expect(t.kind).toBe('watts-window');
    expect(t.window).toEqual({ low: w.zLow, high: w.zHigh });
    expect(t.criticalValue).toBe(w.zLow);
    expect(w.zLow).toBeGreaterThan(0.9);
    expect(w.zHigh).toBeGreaterThan(4);
    const closed = theoryForSweep(erInput(4, 'graph.meanDegree', LT(0.45), { values: [1, 2, 4] }));
    expect(closed.criticalValue).toBeNull();
    expect(closed.note).toContain('window has closed');
  });

  it('mean degree with IC: percolation at z = 1/T', () => {
    const t = theoryForSweep(
      erInput(4, 'graph.meanDegree', { ...IC, power: 0.25 }, { values: [1, 2, 4, 8] }),
    );
    expect(t.kind).toBe('percolation');
    expect(t.criticalValue).toBeCloseTo(4, 12);
    expect(t.curve!.y[t.curve!.x.indexOf(8)]).toBe(erdosRenyiFinalSize(8, 0.25));
  });
});

describe('theoryForSweep: no prediction', () => {
  it('for other parameters, with a note saying what theory covers', () => {
    const t = theoryForSweep(erInput(4, 'seeding.count', IC));
    expect(t).toMatchObject({ kind: 'none', criticalValue: null });
    expect(t.note).toContain('no closed-form prediction for a sweep over seeding.count');
    expect(
      theoryForSweep(erInput(4, 'graph.meanDegree', IC, { generator: 'watts-strogatz' })).kind,
    ).toBe('none');
  });
});
