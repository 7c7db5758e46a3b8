import { describe, expect, it } from 'vitest';
import { undoDoubledPrefix } from '../../src/repair/undoDoubledGlyphs.js';

describe('undoDoubledPrefix', () => {
  it.each([
    ['（（一一））主要目标主要目标', '（一）主要目标', true],
    ['（（一一））引导某市引导某市““精品牌精品牌””公用品牌主体培公用品牌主体培', '（一）引导某市“精品牌”公用品牌主体培', true],
    ['（（一一））加强组织领导加强组织领导。。各级各部门要高度重视', '（一）加强组织领导。各级各部门要高度重视', false],
    ['1.全面推进网络定级备案工作全面推进网络定级备案工作。。网络运营者', '1.全面推进网络定级备案工作。网络运营者', false],
    ['（（一一））深入贯彻实施保护制深入贯彻实施保护制度度', '（一）深入贯彻实施保护制度', true],
  ])('%s → %s', (input, expected, open) => {
    expect(undoDoubledPrefix(input)).toMatchObject({ text: expected, open });
  });

  it('undoes the doubled tail of a wrapped bold heading on the next line', () => {
    expect(undoDoubledPrefix('育育。。结合我市实际，以行业龙头', true)?.text).toBe('育。结合我市实际，以行业龙头');
    expect(undoDoubledPrefix('式式””服务服务。。融合要素资源', true)?.text).toBe('式”服务。融合要素资源');
  });

  it.each([
    ['市市场监管局、市商务局负责'],
    ['人人持证，技能社会'],
    ['一一对应的清单'],
    ['〔2020〕19号文件'],
    ['根据本办法规定'],
    ['育育儿服务'], // a single doubled character is not certain without a heading before it
  ])('%s is left alone', (input) => {
    expect(undoDoubledPrefix(input)).toBeNull();
  });
});

describe('two-character marks', () => {
  it('—— and …… are one mark, not a doubled one', () => {
    expect(undoDoubledPrefix('——坚持政府引导，市场主导。', true)).toBeNull();
    expect(undoDoubledPrefix('————坚持政府引导坚持政府引导')?.text).toBe('——坚持政府引导');
  });
});

describe('undoDoubledPrefix on hostile runs (linear time, no change)', () => {
  it.each([51, 59, 79, 80, 257, 1000, 10_000])('a line of %i dashes is left alone', (n) => {
    expect(undoDoubledPrefix('-'.repeat(n))).toBeNull();
  });
  it.each([
    ['*内*', 89],
    ['`', 4096],
    ['内内', 5000],
    ['（（一一））', 2000],
    ['ab', 5000],
  ])('%s repeated %i times finishes', (unit, times) => {
    const r = undoDoubledPrefix(unit.repeat(times));
    // whatever is undone, the result is never longer than the input and keeps its first character
    if (r) {
      expect(r.text.length).toBeLessThanOrEqual(unit.length * times);
      expect(r.text[0]).toBe(unit[0]);
    } else expect(r).toBeNull();
  });
  it('a real doubled heading after a long run is still undone', () => {
    expect(undoDoubledPrefix('（（一一））主要目标主要目标' + '。'.repeat(3000))?.text.startsWith('（一）主要目标')).toBe(true);
  });
});
