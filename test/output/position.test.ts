import { describe, expect, it } from 'vitest';
import { pageOf, positionOf, rangeOf } from '../../src/output/position.js';

// three pages: lines 1-20, 21-45, 46-
const STARTS = [1, 21, 46];

describe('positions', () => {
  it.each([
    [1, 1], [20, 1], [21, 2], [45, 2], [46, 3], [500, 3],
  ])('line %i is on page %i', (line, page) => expect(pageOf(line, STARTS)).toBe(page));
  it('a page without text starts where the next text does: its line belongs to the later page', () => {
    expect(pageOf(21, [1, 21, 21, 30])).toBe(3);
  });
  it.each([
    [12, undefined, 'L12'], [12, [], 'L12'], [30, STARTS, 'p2:L30'],
  ])('line %i → %s', (line, starts, want) => expect(positionOf(line, starts)).toBe(want));
  it('ranges', () => {
    expect(rangeOf(3, 9)).toBe('L3-9');
    expect(rangeOf(3, 50, STARTS)).toBe('p1:L3-p3:L50');
  });
});
