import { describe, expect, it } from 'vitest';
import {
  type DegreeData,
  degreePoints,
  describeDegrees,
  logExtent,
  meanDegreeLabel,
} from '../../../../src/viz/charts/degree/degree-model.ts';

const data: DegreeData = {
  nodes: 10,
  degreeHistogram: [2, 3, 0, 4, 1],
  meanDegree: 1.9,
  predictedThreshold: 0.05,
};

describe('degreePoints', () => {
  it('skips degree 0 and empty degrees, which a log axis cannot show', () => {
    expect(degreePoints(data)).toEqual([
      { degree: 1, count: 3, share: 0.3 },
      { degree: 3, count: 4, share: 0.4 },
      { degree: 4, count: 1, share: 0.1 },
    ]);
    expect(degreePoints({ ...data, degreeHistogram: [10] })).toEqual([]);
  });
});

describe('logExtent', () => {
  it('pads the range multiplicatively, and widens a single value to a decade', () => {
    expect(logExtent([2, 8], 2)).toEqual([1, 16]);
    const [lo, hi] = logExtent([5], 2);
    expect(hi / lo).toBeCloseTo(10, 12);
  });
});

describe('describeDegrees', () => {
  it('gives the mean, the hub, the isolated people and the critical power', () => {
    expect(meanDegreeLabel(5.97)).toBe('mean degree 5.97');
    const { desc, caption } = describeDegrees(data);
    expect(desc).toBe(
      '10 people with on average 1.9 friends or followers each; the best connected has 4. ' +
        '2 (20%) have none and are not shown on the log scale. Predicted critical power ≈ 0.05.',
    );
    expect(caption).toContain('propagation power below about 0.05 dies out');
  });

  it('says when no power can tip the network', () => {
    expect(describeDegrees({ ...data, predictedThreshold: Infinity }).desc).toContain(
      'Predicted no threshold (∞).',
    );
    expect(describeDegrees({ ...data, predictedThreshold: Infinity }).caption).toContain(
      'No propagation power can start',
    );
    expect(describeDegrees({ ...data, predictedThreshold: 1.5 }).caption).toContain('above 1');
  });
});
