import { describe, expect, it } from 'vitest';
import { clickPicks } from '../../../src/viz/network/interaction.ts';

describe('which clicks pick a node', () => {
  it('picks on a single click, and on keyboard or synthetic clicks (detail 0)', () => {
    expect(clickPicks(1)).toBe(true);
    expect(clickPicks(0)).toBe(true);
  });

  it('ignores the later clicks of a double- or triple-click, so a double-click toggles a seed once, not twice', () => {
    // A double-click is click (detail 1), click (detail 2), dblclick: one toggle, then the reset.
    const toggles = [1, 2].filter(clickPicks).length;
    expect(toggles).toBe(1);
    expect(clickPicks(2)).toBe(false);
    expect(clickPicks(3)).toBe(false);
  });
});
