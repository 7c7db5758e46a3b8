import { describe, expect, it } from 'vitest';
import { endsSentence, removeLayoutSpaces } from '../../src/text/normalize.js';
import { titleSimilarity } from '../../src/text/similarity.js';

describe('removeLayoutSpaces', () => {
  it.each([
    ['关于印发某某工作规则的 通 知', '关于印发某某工作规则的通知'],
    ['城区 2023 年营商环境', '城区2023年营商环境'],
    ['某某市人民政府 关于推动', '某某市人民政府关于推动'],
    ['5G and AI 产业', '5G and AI产业'],
  ])('%s', (input, expected) => expect(removeLayoutSpaces(input)).toBe(expected));
});

describe('endsSentence', () => {
  it.each([['请认真贯彻落实。', true], ['各街道办事处：', true], ['（责任单位：区统计局）', false], ['“两项补贴”。”', true], ['为加强和改', false]])('%s → %s', (t, v) => expect(endsSentence(t)).toBe(v));
});

describe('titleSimilarity', () => {
  it('ignores spaces, widths and brackets', () => {
    expect(titleSimilarity('行动方案(2023—2025年)的通知', '行动方案（2023—2025 年）的通知')).toBe(1);
  });
  it('is low for unrelated titles', () => {
    expect(titleSimilarity('关于认真做好经济普查工作的通知', '食品安全重点工作安排')).toBeLessThan(0.3);
  });
});
