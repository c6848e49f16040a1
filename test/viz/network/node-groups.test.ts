import { describe, expect, it } from 'vitest';
import { groupNodes, type NodeGroups } from '../../../src/viz/network/node-groups.ts';
import { NODE_COLOURS, timeColour } from '../../../src/viz/network/palette.ts';
import type { CascadeView } from '../../../src/viz/network/types.ts';

/** Node 0 seeds; 1, 2 at step 1; 3 at step 2; 4 never. */
const cascade: CascadeView = {
  step: Int32Array.from([0, 1, 1, 2, -1]),
  parent: Int32Array.from([-1, 0, 0, 1, -1]),
  generation: Int32Array.from([0, 1, 1, 2, -1]),
  maxStep: 2,
};
const isSeed = Uint8Array.from([1, 0, 0, 0, 0]);

/** Fill colour per node, as the frame will paint it. */
function colourOf(groups: NodeGroups, n: number): string[] {
  const colour: string[] = new Array<string>(n);
  for (let g = 0; g < groups.colours.length; g++) {
    for (let i = groups.start[g]; i < groups.start[g + 1]; i++)
      colour[groups.order[i]] = groups.colours[g];
  }
  return colour;
}

describe('groupNodes', () => {
  it('colours by state at a step: seeds, reached by now, the rest grey', () => {
    const groups = groupNodes({ n: 5, cascade, time: 1, isSeed, colouring: 'state' });
    const { seed, active, inactive } = NODE_COLOURS;
    expect(colourOf(groups, 5)).toEqual([seed, active, active, inactive, inactive]);
    expect(groups.activeCount).toBe(3);
    expect(Array.from(groups.pulsing)).toEqual([1, 2]);
  });

  it('draws seeds last, so they land on top', () => {
    const groups = groupNodes({ n: 5, cascade, time: 2, isSeed, colouring: 'state' });
    expect(groups.order[groups.order.length - 1]).toBe(0);
  });

  it('sets never-reached nodes apart, so the ripple view can fade them', () => {
    const groups = groupNodes({ n: 5, cascade, time: 2, isSeed, colouring: 'state' });
    const { start, order, outsider } = groups;
    expect(Array.from(order.subarray(start[outsider], start[outsider + 1]))).toEqual([4]);
  });

  it('colours by activation step under time', () => {
    const groups = groupNodes({ n: 5, cascade, time: 2, isSeed, colouring: 'time' });
    const c = (s: number) => timeColour(s, 2);
    expect(colourOf(groups, 5)).toEqual([c(0), c(1), c(1), c(2), NODE_COLOURS.inactive]);
  });

  it('shows seeds, and nothing reached, before any cascade, whatever the colouring', () => {
    for (const colouring of ['state', 'time'] as const) {
      const groups = groupNodes({ n: 5, cascade: null, time: 0, isSeed, colouring });
      const { seed, inactive } = NODE_COLOURS;
      expect(colourOf(groups, 5)).toEqual([seed, inactive, inactive, inactive, inactive]);
      expect(groups.activeCount).toBe(0);
      expect(groups.pulsing.length).toBe(0);
    }
  });
});
