import { describe, expect, it } from 'vitest';
import { joinSpanLines, MAX_GLUED_CHARS } from '../../src/repair/joinSpanLines.js';
import type { Warning } from '../../src/types.js';
import { linesOf } from '../helpers/lines.js';

function glued(...texts: string[]): string[] {
  const warnings: Warning[] = [];
  return joinSpanLines(linesOf(texts.join('\n')), warnings).map((l) => l.text.trim());
}

// a notice exported one inline span per line: every number a span (a line) of its own
const SPANS = ['某市人民政府办公室关于做好某事工作的通知(某政办发〔', '2017', '〕', '2', '号)', '来源:某市政府网 日期:', '2017', '-', '01', '-', '12', '各区人民政府:', '现将有关事项通知如下。', '1.', '全年完成', '120', '万元投资。', '(', '2', ')加强领导。', '某部某(', '2002', ')', '570', '号'];

describe('joinSpanLines', () => {
  it('glues the pieces of each line back', () => {
    expect(glued(...SPANS)).toEqual(['某市人民政府办公室关于做好某事工作的通知(某政办发〔2017〕2号)', '来源:某市政府网 日期:2017-01-12', '各区人民政府:', '现将有关事项通知如下。', '1.全年完成', '120万元投资。', '(2)加强领导。', '某部某(2002)570号']);
  });
  it('keeps the lines of the pieces', () => {
    const l = joinSpanLines(linesOf(SPANS.join('\n')), [])[0];
    expect(l.parts).toEqual([1, 2, 3, 4, 5]);
  });
  it.each([
    // must not: a text with fewer than three digit lines (a page number, a date line's year)
    [['某某工作要点', '2', '一、总体要求'], ['某某工作要点', '2', '一、总体要求']],
    [['根据《某某通知》(某政发〔', '2021〕3号)文件精神,', '现通知如下。'], ['根据《某某通知》(某政发〔', '2021〕3号)文件精神,', '现通知如下。']],
    // must not: a line after a blank line (glued only to the line under it), a sentence's end before digits
    [['日期:', '2017', '第', '3', '条', '', '12', '号文'], ['日期:2017', '第3条', '12号文']],
    [['日期:', '2017', '第', '3', '条', '完成任务。', '2016', '年是开局之年。'], ['日期:2017', '第3条', '完成任务。', '2016年是开局之年。']],
  ])('%j', (texts, expected) => expect(glued(...texts)).toEqual(expected));
});

describe('joinSpanLines on a text of seams without end', () => {
  it('glues no piece onto a line of MAX_GLUED_CHARS (a text of open brackets stays linear)', () => {
    const texts = [...SPANS.slice(0, 5), ...Array.from({ length: 3000 }, () => '某某〔')];
    const out = joinSpanLines(linesOf(texts.join('\n')), []);
    expect(out.length).toBeGreaterThan(1);
    expect(Math.max(...out.map((l) => l.text.length))).toBeLessThanOrEqual(MAX_GLUED_CHARS + 3);
  });
});
