import { describe, expect, it } from 'vitest';
import { splitNotesBeforeUnits, unitAfterNoteAt } from '../../src/blocks/noteBeforeFirstUnit.js';
import { linesOf } from '../helpers/lines.js';

describe('splitNotesBeforeUnits', () => {
  it.each([
    ['a chapter after the note', '(1992年10月24日某某省第七届人民代表大会常务委员会第三十三次会议通过)第一章 总则', ['(1992年10月24日某某省第七届人民代表大会常务委员会第三十三次会议通过)', '第一章 总则']],
    ['an article after a full-width note, a space between', '（2005年1月5日某市人民政府第76次常务会议通过） 第一条 为了规范某某工作，制定本办法。', ['（2005年1月5日某市人民政府第76次常务会议通过）', '第一条 为了规范某某工作，制定本办法。']],
    ['a note wrapped over two lines, the chapter after its end', '(1992年10月24日某某省第七届人民代表大会\n常务委员会第三十三次会议通过)第一章 总则', ['(1992年10月24日某某省第七届人民代表大会', '常务委员会第三十三次会议通过)', '第一章 总则']],
  ])('%s', (_name, text, want) => expect(splitNotesBeforeUnits(linesOf(text)).map((l) => l.text)).toEqual(want));
  it.each([
    ['a bracket closed on the line above: the clause after it is no note', '（某某）\n某某会议通过)第一章 总则'],
    ['a bracketed clause of running text wrapped, then a cited article', '根据本法(2005年1月5日\n修订)第一条的规定执行。'],
  ])('must not cut a wrapped line: %s', (_name, text) => {
    const lines = linesOf(text);
    expect(splitNotesBeforeUnits(lines)).toBe(lines);
  });
  it.each([
    ['a bracket that is no note (no date, no event)', '（试行）第一章 总则'],
    ['a note before a cited article that is no heading', '（2005年1月5日某市人民政府第76次常务会议通过）第五条规定的事项'],
    ['a heading numbered past one (the line is inside a statute)', '（2005年1月5日某市人民政府第76次常务会议通过）第三章 附则'],
    ['a bracketed clause with a date in running text', '（2005年1月5日起）第一条所列的单位应当登记。'],
  ])('must not cut: %s', (_name, text) => {
    expect(unitAfterNoteAt(text)).toBeNull();
    const lines = linesOf(text);
    expect(splitNotesBeforeUnits(lines)).toBe(lines);
  });
});
