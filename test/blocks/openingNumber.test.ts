import { describe, expect, it } from 'vitest';
import { splitOpeningNumber } from '../../src/blocks/openingNumber.js';
import { linesOf } from '../helpers/lines.js';

describe('splitOpeningNumber', () => {
  it('cuts the number the text opens with off its first sentence', () => {
    const lines = splitOpeningNumber(linesOf('某龙政〔2023〕32号今年普通高考、中考在即,为防止噪声污染,现通告如下:\n一、严禁施工。'));
    expect(lines.map((l) => l.text)).toEqual(['某龙政〔2023〕32号', '今年普通高考、中考在即,为防止噪声污染,现通告如下:', '一、严禁施工。']);
  });
  it.each([
    ['a number on a later line', '某市人民政府关于某事的通知\n某政发〔2023〕4号文件规定，各地要做好某事。'],
    ['a number alone on the first line', '某政发〔2023〕4号\n各区人民政府：'],
    ['a number and a title on the first line (left to the number-and-title rule)', '某政发〔2023〕4号关于做好某事工作的通知'],
  ])('must not fire: %s', (_name, text) => {
    const lines = linesOf(text);
    expect(splitOpeningNumber(lines)).toBe(lines);
  });
});
