import { lab } from 'd3';
import { describe, expect, it } from 'vitest';
import {
  legendItems,
  NODE_COLOURS,
  TIME_BINS,
  timeBin,
  timeColour,
} from '../../../src/viz/network/palette.ts';

const lightness = (colour: string): number => lab(colour).l;

describe('time colouring', () => {
  it.each([1, 4, 31, 32, 200])('gets lighter with every later step (maxStep %i)', (maxStep) => {
    for (let s = 1; s <= maxStep; s++)
      expect(lightness(timeColour(s, maxStep))).toBeGreaterThanOrEqual(
        lightness(timeColour(s - 1, maxStep)),
      );
    expect(lightness(timeColour(maxStep, maxStep))).toBeGreaterThan(
      lightness(timeColour(0, maxStep)) + 40,
    );
  });

  it('gives every step its own colour up to TIME_BINS steps, then bins them', () => {
    const distinct = (maxStep: number) =>
      new Set(Array.from({ length: maxStep + 1 }, (_, s) => timeColour(s, maxStep))).size;
    expect(distinct(10)).toBe(11);
    expect(distinct(500)).toBe(TIME_BINS);
    expect(timeBin(0, 500)).toBe(0);
    expect(timeBin(500, 500)).toBe(TIME_BINS - 1);
  });

  it('stays visible on white: the latest step is not the palest yellow', () => {
    expect(lightness(timeColour(100, 100))).toBeLessThan(88);
  });
});

describe('legendItems', () => {
  it('names the three states in their colours', () => {
    expect(legendItems('state')).toEqual([
      { label: 'Not reached', colour: NODE_COLOURS.inactive },
      { label: 'Seed', colour: NODE_COLOURS.seed },
      { label: 'Reached', colour: NODE_COLOURS.active },
    ]);
  });

  it('shows the time scale from first to last step, in the colours nodes get', () => {
    const items = legendItems('time', 20);
    expect(items.map((i) => i.label)).toEqual([
      'Not reached',
      'Step 0',
      'Step 5',
      'Step 10',
      'Step 15',
      'Step 20',
    ]);
    expect(items[5].colour).toBe(timeColour(20, 20));
    expect(legendItems('time', 2).map((i) => i.label)).toEqual([
      'Not reached',
      'Step 0',
      'Step 1',
      'Step 2',
    ]);
    expect(legendItems('time').map((i) => i.label)).toEqual([
      'Not reached',
      'Reached early',
      'Reached late',
    ]);
  });
});
