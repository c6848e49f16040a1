import { describe, expect, it } from 'vitest';
import { fitLabel, wrapText } from '../../../../src/viz/charts/common/text-wrap.ts';
import { whiskerPath } from '../../../../src/viz/charts/common/whiskers.ts';

describe('text on charts', () => {
  it('wraps words to lines that fit', () => {
    expect(wrapText('Below about 0.2 every cascade died out', 120, 14)).toEqual([
      'Below about 0.2',
      'every cascade',
      'died out',
    ]);
    expect(wrapText('', 100, 14)).toEqual([]);
    expect(wrapText('supercalifragilistic ok', 40, 14)).toEqual(['supercalifragilistic', 'ok']);
  });

  it('cuts a long label with an ellipsis', () => {
    expect(fitLabel('random', 100, 14)).toBe('random');
    expect(fitLabel('one opinion leader (KOL)', 100, 14)).toBe('one opinion…');
  });
});

describe('whiskers', () => {
  it('draws an interval with a cap at each end', () => {
    expect(whiskerPath({ at: 10, low: 80, high: 20 }, 'vertical', 4)).toBe(
      'M10,80V20M6,80H14M6,20H14',
    );
    expect(whiskerPath({ at: 10, low: 5, high: 50.04 }, 'horizontal', 5)).toBe(
      'M5,10H50M5,5V15M50,5V15',
    );
  });
});
