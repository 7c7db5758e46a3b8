import { describe, expect, it } from 'vitest';
import { fixOcrSlips } from '../../src/repair/fixOcrSlips.js';

describe('fixOcrSlips', () => {
  it.each([
    ['牌。正责任单位：市市场监管局、市商务局', '牌。（责任单位：市市场监管局、市商务局'],
    ['正责任单位：市农业农村局、市工信局', '（责任单位：市农业农村局、市工信局'],
    ['构建健康城市的微观基础。仁责任单位：市卫健委', '构建健康城市的微观基础。（责任单位：市卫健委'],
    ['l1.强化数据安全保护', '11.强化数据安全保护'],
    ['  条五条 市级行政许可项目管理机关为市政府法制办公室', '  第五条 市级行政许可项目管理机关为市政府法制办公室'],
    ['条二十一条　本办法自发布之日起施行。', '第二十一条　本办法自发布之日起施行。'],
  ])('%s → %s', (input, expected) => {
    expect(fixOcrSlips(input).text).toBe(expected);
  });

  it.each([
    ['正在推进责任单位：的名单'],
    ['公正责任单位：'], // 正 inside a word, not after a sentence end
    ['依法履行责任单位职责。'],
    ['level 1.0'],
    ['条五条规定的情形'], // no space after: not a heading
    ['条款第五条 某某'], // not a number after 条
  ])('%s is left alone', (input) => {
    expect(fixOcrSlips(input)).toEqual({ text: input, fixes: [] });
  });
});
