import { describe, expect, it } from 'vitest';
import {
  criticalPower,
  poissonDegreeDistribution,
  wattsCascadeCondition,
  wattsCriticalPhi,
} from '../../src/theory/index.ts';

describe('critical power', () => {
  it('is T_c for IC with unit ties, and T_c / w̄ with weaker ties', () => {
    expect(criticalPower(0.25)).toBe(0.25);
    expect(criticalPower(0.25, { meanTieStrength: 0.5 })).toBe(0.5);
  });

  it('for SIR gives the p whose transmissibility p/(p+γ−pγ) equals T_c', () => {
    for (const [tc, gamma] of [
      [0.25, 0.5],
      [0.1, 0.2],
      [0.6, 0.9],
    ]) {
      const p = criticalPower(tc, { recovery: gamma });
      expect(p / (p + gamma - p * gamma)).toBeCloseTo(tc, 12);
    }
  });

  it('is Infinity when no transmissibility reaches the threshold', () => {
    expect(criticalPower(Infinity)).toBe(Infinity);
    expect(criticalPower(1.5)).toBe(Infinity);
  });
});

describe('Watts critical φ', () => {
  it('is the largest 1/k at which the cascade condition holds, and it fails just above', () => {
    const p = poissonDegreeDistribution(4, 40);
    const phi = wattsCriticalPhi(p);
    // For z = 4, nodes of degree ≤ 5 vulnerable at φ = 1/5 satisfy the condition; at 1/4 only degree ≤ 4.
    expect(wattsCascadeCondition(p, phi).cascades).toBe(true);
    expect(wattsCascadeCondition(p, phi + 1e-9).cascades).toBe(false);
    expect(phi).toBeCloseTo(1 / 5, 12);
  });

  it('is 0 when even φ = 1 allows no cascade (too few ties to percolate)', () => {
    expect(wattsCriticalPhi(poissonDegreeDistribution(0.5, 30))).toBe(0);
  });
});
