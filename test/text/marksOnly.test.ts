import { describe, expect, it } from 'vitest';
import { isMarksOnly } from '../../src/text/marksOnly.js';

describe('isMarksOnly', () => {
  it.each([['【'], ['——'], ['* * *'], ['：'], ['']])('%j', (t) => expect(isMarksOnly(t)).toBe(true));
  it.each([['【打印】'], ['一、'], ['2'], ['Ⅳ'], ['a)']])('must not: %j', (t) => expect(isMarksOnly(t)).toBe(false));
});
