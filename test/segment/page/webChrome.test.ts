import { describe, expect, it } from 'vitest';
import { isFontSizeControl, isWebChrome, removeWebButtons } from '../../../src/segment/page/webChrome.js';

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
    ['首页 | 政务公开 | 政策文件 | 互动交流'], // a site menu
    ['首页 · 新闻中心 · 政务公开'],
    ['首页 政务公开 政策解读 互动交流'],
    ['附件：某事申请表.xls'], // a download link: a file with its extension
    ['附件下载：1.某市重点项目清单.pdf'],
    ['相关附件：某某办法(征求意见稿).docx'],
    ['主办单位：某市人民政府办公室 技术支持：某某公司'],
    ['某ICP备12345678号'],
    ['网站标识码：1234000001'],
  ])('%s is web page furniture', (t) => expect(isWebChrome(t)).toBe(true));
  it.each([
    ['【省政府文件】'], // a section label
    ['首页'], // a word alone (dropped only at the top of page text: dropNoise)
    ['首页 政务公开'], // two words
    ['首页设计要简洁，栏目要清晰。'],
    ['各地要做好打印、关闭等工作。'],
    ['首页 > 政务公开。各地要做好工作，确保落实。'], // running text with clause marks
    ['【打印】以上内容'],
    ['附件：某事申请表'], // a printed 附件 names a text
    ['附件：1.某市重点项目清单'],
    ['主办单位：某市文化广电旅游局'], // an event's organiser, in a notice
    ['各部门报送的请示性公文,凡涉及其他部门职权的,由主办部门与相关部门会签;主办部门应列明各方意见。'], // 主办 in a sentence
    ['请将材料发送至邮箱，文件格式为.xls'],
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

describe('isFontSizeControl', () => {
  // the line at `at` of each text
  it.each([
    ['the label with its buttons on one line', ['某市人民政府关于某某的通知', '字体：大 中 小'], 1],
    ['the label alone', ['字号：'], 0],
    ['a lone separator', ['|'], 0],
    ['a button after the label, pieces between', ['Aa', '字体：', '小', '|', '中', '|', '大'], 6],
    ['the icon before the label', ['Aa', '字体： 小'], 0],
  ])('fires: %s', (_, texts, at) => expect(isFontSizeControl(texts, at)).toBe(true));
  it.each([
    ['a lone 大 with no label near', ['某市人民政府关于某某的通知', '大', '各区人民政府：'], 1],
    ['a 中 far from the label', ['字体：', '小', '|', '中', '|', '大', '小', '中', '大'], 8],
    ['a sentence about fonts', ['正文字体：仿宋，三号。'], 0],
    ['a heading that reads 中', ['第一章', '中', '第一条 为了规范……'], 1],
  ])('does not fire: %s', (_, texts, at) => expect(isFontSizeControl(texts, at)).toBe(false));
});
