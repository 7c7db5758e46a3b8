import { describe, expect, it } from 'vitest';
import { isColumnLabel, isPageLine } from '../../../src/segment/header/pageLine.js';

describe('isColumnLabel', () => {
  it.each([['政策文件:'], ['政策解读：'], ['规范性文件:']])('%s', (t) => expect(isColumnLabel(t)).toBe(true));
  it.each([
    ['a 主送', '各部门：'],
    ['an organ as 主送', '某某局：'],
    ['a 主送 without 各', '市政府各部门:'],
    ['a title ending in a colon', '某某的通告：'],
    ['an announcing clause', '通知如下：'],
    ['the attachment label', '附件：'],
    ['a 主送 label', '主送：'],
    ['a value after the colon', '来源:某某网'],
    ['a long name', '某某市人民政府门户网站政策文件栏目:'],
  ])('must not fire: %s', (_name, t) => expect(isColumnLabel(t)).toBe(false));
});

describe('isPageLine', () => {
  it.each([['来源：某某部'], ['点击:371'], ['2023-01-05 10:00 某某办公室'], ['政策文件:']])('%s', (t) => expect(isPageLine(t)).toBe(true));
  it.each([['各乡镇人民政府：'], ['为做好某事，现通知如下。']])('must not fire: %s', (t) => expect(isPageLine(t)).toBe(false));
});
