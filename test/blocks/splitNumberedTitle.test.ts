import { describe, expect, it } from 'vitest';
import { numberedTitleAt, splitNumberedTitles } from '../../src/blocks/splitNumberedTitle.js';
import { linesOf } from '../helpers/lines.js';

describe('splitNumberedTitles', () => {
  it.each([
    ['a 关于 title', '某教发[2015]1号关于印发《某省教育厅2015年工作要点》的通知', ['某教发[2015]1号', '关于印发《某省教育厅2015年工作要点》的通知']],
    ['an organ before 关于, a space between', '某政发〔2023〕4号 某市人民政府关于某事的决定', ['某政发〔2023〕4号', '某市人民政府关于某事的决定']],
    ['a dash between the number and the title', '某政办〔2019〕1号—区人民政府办公室关于印发某某方案的通知', ['某政办〔2019〕1号', '区人民政府办公室关于印发某某方案的通知']],
    ['a site heading that prints the title in 《》 after the number', '某政办发〔2016〕26号《某市人民政府办公厅关于某事的通知》', ['某政办发〔2016〕26号', '《某市人民政府办公厅关于某事的通知》']],
  ])('%s', (_name, text, want) => expect(splitNumberedTitles(linesOf(text)).map((l) => l.text)).toEqual(want));
  it.each([
    ['a number and a cited title in 《》 going on into a sentence', '某政发〔2023〕4号《某市人民政府关于某事的通知》已废止'],
    ['the number of a cited text going on into its clause', '某政发〔2023〕4号文件关于某事的规定，现予废止。'],
    ['a number and a sentence', '某政发〔2023〕4号印发以来，各地认真贯彻执行'],
    ['a 关于 run with no kind of text', '某政发〔2023〕4号关于某事'],
    ['something not an organ before 关于', '某政发〔2023〕4号已印发各地关于某事的通知'],
    ['a dash before a sentence', '某政发〔2023〕4号—已印发各地，关于某事的通知'],
  ])('must not cut: %s', (_name, text) => {
    expect(numberedTitleAt(text)).toBeNull();
    const lines = linesOf(text);
    expect(splitNumberedTitles(lines)).toBe(lines);
  });
});
