import { describe, expect, it } from 'vitest';
import {
  cumulative,
  describeSpread,
  extendTo,
  isSpreadEmpty,
  peopleAxisMax,
  spreadSeries,
} from '../../../../src/viz/charts/spread/spread-model.ts';

const band = { mean: [2, 10, 30], p05: [2, 2, 2], p95: [2, 25, 80] };

describe('spread series', () => {
  it('turns new activations per step into people reached by each step', () => {
    expect(cumulative([3, 5, 0, 2])).toEqual([3, 8, 8, 10]);
    expect(cumulative([])).toEqual([]);
  });

  it('holds a finished timeline at its final size', () => {
    expect(extendTo([1, 4], 4)).toEqual([1, 4, 4, 4]);
    expect(extendTo([1, 4, 6], 2)).toEqual([1, 4, 6]);
  });

  it('brings a single run and a band to the same length', () => {
    const s = spreadSeries({ single: { newByStep: [2, 3] }, band, nodes: 100 });
    expect(s.steps).toBe(2);
    expect(s.single).toEqual([2, 5, 5]);
    expect(s.band?.p95).toEqual([2, 25, 80]);
    expect(spreadSeries({ single: { newByStep: [1] }, nodes: 10 }).steps).toBe(1); // never a zero-width axis
  });

  it('is empty without a run or a band', () => {
    expect(isSpreadEmpty({ nodes: 10 })).toBe(true);
    expect(
      isSpreadEmpty({ single: { newByStep: [] }, band: { mean: [], p05: [], p95: [] }, nodes: 10 }),
    ).toBe(true);
    expect(isSpreadEmpty({ single: { newByStep: [1] }, nodes: 10 })).toBe(false);
  });

  it('tops the people axis at a round number, never above the network', () => {
    const s = spreadSeries({ band, nodes: 1000 });
    expect(peopleAxisMax(s, 1000, 5)).toBe(80);
    expect(peopleAxisMax(spreadSeries({ single: { newByStep: [1, 90] }, nodes: 95 }), 95, 5)).toBe(
      95,
    );
  });
});

describe('describeSpread', () => {
  it('tells a single run in words', () => {
    const { desc, caption } = describeSpread({ single: { newByStep: [1, 4, 12, 3] }, nodes: 2000 });
    expect(desc).toBe('One run reached 20 people (1% of 2,000) by step 3.');
    expect(caption).toMatch(/^People reached, step by step/);
    expect(caption).not.toMatch(/band/);
  });

  it('tells the ensemble band and the playback position', () => {
    const { desc, caption } = describeSpread({
      single: { newByStep: [2, 3] },
      band,
      currentStep: 1,
      nodes: 100,
    });
    expect(desc).toContain(
      'Averaged over all runs, reach grew to 30 people (30% of 100); 90% of runs ended between 2 and 80 people.',
    );
    expect(desc).toContain('Playback is at step 1: 5 people reached so far.');
    expect(caption).toContain('a wide band means luck matters');
    expect(caption).toContain('single run you are watching');
  });
});
