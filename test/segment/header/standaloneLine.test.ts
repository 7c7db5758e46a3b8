import { describe, expect, it } from 'vitest';
import { endsUnfinished, isStandaloneLine } from '../../../src/segment/header/standaloneLine.js';

describe('isStandaloneLine', () => {
  it.each([['站内搜索'], ['某市人民政府门户网站'], ['政策文件'], ['无障碍浏览']])('%s stands alone', (t) => expect(isStandaloneLine(t)).toBe(true));
  it.each([
    ['为贯彻落实省政府部署，根据'], // running text with a clause mark
    ['为深入贯彻落实党中央国务院关于优化营商环境'], // a wrapped sentence: longer than a label
    ['按照'],
    ['为进一步规范管理的'],
    ['经市政府研究决定印发'],
    ['某'],
  ])('must not fire: %s', (t) => expect(isStandaloneLine(t)).toBe(false));
});

describe('endsUnfinished', () => {
  it.each([
    ['某某省人民代表大会常务委员会关于', true],
    ['某某省实施某某法的', true],
    ['根据', true],
    // must not fire: a caption that is complete
    ['某某区域图', false],
    ['某某省某某条例', false],
  ])('%s → %s', (text, want) => expect(endsUnfinished(text)).toBe(want));
});
