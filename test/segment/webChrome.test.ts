import { describe, expect, it } from 'vitest';
import { isWebChrome, removeWebButtons } from '../../src/segment/webChrome.js';

describe('isWebChrome', () => {
  it.each([
    ['首页 > 政务公开 > 政府信息公开目录 > 政策文件'],
    ['当前位置：首页 » 信息公开'],
    ['您现在的位置：首页>文件'],
    ['【打印】 【关闭】'],
    ['[打印本页] [关闭窗口]'],
    ['【字体：大 中 小】【打印】'],
    ['扫一扫在手机打开当前页'],
    ['分享到：'],
  ])('%s is web page furniture', (t) => expect(isWebChrome(t)).toBe(true));
  it.each([
    ['【省政府文件】'], // a section label
    ['首页'], // a word alone
    ['各地要做好打印、关闭等工作。'],
    ['首页 > 政务公开。各地要做好工作，确保落实。'], // running text with clause marks
    ['【打印】以上内容'],
    [''],
  ])('%s is not', (t) => expect(isWebChrome(t)).toBe(false));
});

describe('removeWebButtons', () => {
  it.each([
    ['来源：市政府办公室 【字体：大 中 小】', '来源：市政府办公室 '],
    ['【打印】【关闭】', ''],
    ['【省政府文件】某某', '【省政府文件】某某'], // a section label is not a button
  ])('%s → %s', (t, out) => expect(removeWebButtons(t)).toBe(out));
});
