import { describe, expect, it } from 'vitest';
import { toModelSpec } from '../../src/models/index.ts';
import { minimal, valid } from '../scenario/helpers.ts';

describe('toModelSpec', () => {
  it('maps each content model to the engine spec', () => {
    const content = (value: unknown) => valid({ ...minimal(), content: value }).content;
    expect(toModelSpec(content({ model: 'independent-cascade', power: 0.2 }))).toEqual({
      model: 'independent-cascade',
      power: 0.2,
      weighting: 'tie-strength',
    });
    expect(
      toModelSpec(
        content({ model: 'linear-threshold', threshold: { rule: 'fraction', phi: 0.18 } }),
      ),
    ).toEqual({
      model: 'linear-threshold',
      threshold: { rule: 'fraction', phi: 0.18 },
    });
    expect(
      toModelSpec(
        content({ model: 'sir', power: 0.3, recovery: 0.5, weighting: 'weighted-cascade' }),
      ),
    ).toEqual({
      model: 'sir',
      power: 0.3,
      recovery: 0.5,
      weighting: 'weighted-cascade',
    });
  });

  it('does not share objects with the scenario', () => {
    const content = valid({
      ...minimal(),
      content: { model: 'linear-threshold', threshold: { rule: 'count', count: 2 } },
    }).content;
    const spec = toModelSpec(content);
    expect(
      spec.model === 'linear-threshold' &&
        content.model === 'linear-threshold' &&
        spec.threshold !== content.threshold,
    ).toBe(true);
  });
});
