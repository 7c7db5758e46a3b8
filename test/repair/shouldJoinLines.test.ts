import { describe, expect, it } from 'vitest';
import { MAX_JOINED_CHARS, shouldJoinLines } from '../../src/repair/shouldJoinLines.js';
import { pageBreakOverlap } from '../../src/repair/pageBreakOverlap.js';
import { linesOf } from '../helpers/lines.js';

function join(a: string, b: string): boolean {
  const [p, n] = linesOf(`${a}\n\n${b}`);
  return shouldJoinLines(p.text, p, n);
}

describe('shouldJoinLines', () => {
  it.each([
    ['为加强对普查工作的组织领导,区政府将成立领导小组。普查领导小组由区政', '府主要领导任组长。', true],
    ['第七条 成本竞争支持。对企业在我市落地', '建设光机电项目的，给予支持。', true],
    ['（五）讨论需提请区政府全体会议审议的重要', '事项；', true],
    ['按比例安排残疾人就业情况联网认证实现“跨省', '”通办”。', true],
    ['一、总体要求', '为全面贯彻落实党的二十大精神。', false],
    ['工作要求', '各单位要高度重视。', false],
    ['请认真贯彻落实。', '晋城市人民政府', false],
    ['为全面贯彻落实党的二十大精神，切实加强组织领导', '（一）指导思想', false],
    ['为全面贯彻落实党的二十大精神，切实加强组织领导', '2023年7月12日', false],
    ['为全面贯彻落实党的二十大精神，切实加强组织领导', '附件：1.申请表', false],
    // a whole title right over its text's first line (no recipients, no indent)
    ['关于推进某某勘查规范某某延续登记有关问题的通知', '为认真贯彻落实《某某通知》文件精神，现就有关问题通知如下。', false],
    ['某某市人民政府关于加强某某工作管理的意见', '为进一步加强某某工作，提出如下意见。', false],
    ['关于推进某某勘查规范某某延续登记有关问题的通知', '为认真贯彻落实《某某关于全面整顿某某秩序的通知》(某发', false],
    // must not: a title wrapped after a kind of text that is not the end (办法 / 实施细则的通知), running text citing a title
    ['某某市人民政府办公室关于印发某某某某管理办法', '实施细则的通知', true],
    ['按照市人民政府关于加强某某工作管理的通知', '要求，各单位要抓好落实。', true],
    ['根据《某某市人民政府关于加强某某工作的通知', '》要求，现将有关事项通知如下。', true],
  ])('%s | %s → %s', (a, b, expected) => {
    expect(join(a, b)).toBe(expected);
  });
  it('a paragraph joined to MAX_JOINED_CHARS takes no further line (a text of pieces without sentence ends stays linear)', () => {
    const [p, n] = linesOf('全市经济运行总体平稳，主要指标好于预期\n\n各项工作有序推进');
    expect(shouldJoinLines('某'.repeat(MAX_JOINED_CHARS - 1), p, n)).toBe(true);
    expect(shouldJoinLines('某'.repeat(MAX_JOINED_CHARS), p, n)).toBe(false);
  });
});

describe('pageBreakOverlap', () => {
  it.each([
    ['深入学习贯彻中国特色社会主义思想', '主义思想、习近平总书记', 4],
    ['夯实发展的基', '基础上', 0],
    ['市市场监管局', '局长负责', 0],
    ['全年完成2023', '2023年目标', 0],
  ])('%s | %s → %d', (a, b, k) => expect(pageBreakOverlap(a, b)).toBe(k));
});
