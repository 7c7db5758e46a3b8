import { describe, expect, it } from 'vitest';
import { isPageNumber, parseRunningHeader } from '../../src/text/runningHeader.js';

describe('parseRunningHeader', () => {
  it.each([
    ['某某市人民政府公报（2021. 6）市政府办公室文件', { gazette: '某某市人民政府公报', year: 2021, number: 6, section: '市政府办公室文件' }],
    ['某某省人民政府公报 2022年第3期', { gazette: '某某省人民政府公报', year: 2022, number: 3, section: null }],
    ['2023年第5期 · 某某省人民政府公报', { gazette: '某某省人民政府公报', year: 2023, number: 5, section: null }],
    ['2023年第5期 某某省人民政府公报 省政府文件', { gazette: '某某省人民政府公报', year: 2023, number: 5, section: '省政府文件' }],
  ])('%s', (input, expected) => expect(parseRunningHeader(input)).toEqual(expected));
  it('is null on a masthead title alone', () => expect(parseRunningHeader('某某市人民政府公报')).toBeNull());
});

describe('isPageNumber', () => {
  it.each([['·· 9'], ['- 12 -'], ['— 3 —'], ['― 3 ―'], ['−12−'], ['－ 5 －'], ['‒ 7 ‒'], ['32'], ['第 4 页']])('%s is a page number', (t) => expect(isPageNumber(t)).toBe(true));
  it.each([['2023'], ['1.宣传社会救助政策法规'], ['第三条'], ['――'], ['― 3 ― 某某'], ['.....23'], ['……………26']])('%s is not', (t) => expect(isPageNumber(t)).toBe(false));
});
