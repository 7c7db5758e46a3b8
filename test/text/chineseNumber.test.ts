import { describe, expect, it } from 'vitest';
import { parseChineseNumber, parseDigitByDigit } from '../../src/text/chineseNumber.js';

describe('parseChineseNumber', () => {
  it.each([
    ['一', 1], ['十', 10], ['十二', 12], ['二十', 20], ['四十六', 46], ['一百', 100], ['一百零三', 103], ['一百二十三', 123], ['两', 2], ['12', 12], ['１２', 12],
  ])('%s → %d', (input, n) => expect(parseChineseNumber(input)).toBe(n));
  it('rejects other text', () => expect(parseChineseNumber('一是')).toBeNull());
  it('reads years digit by digit', () => expect(parseDigitByDigit('二〇二二')).toBe(2022));
});
