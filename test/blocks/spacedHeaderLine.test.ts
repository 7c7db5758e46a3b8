import { describe, expect, it } from 'vitest';
import { spacedHeaderBreaks, splitSpacedHeaderLines } from '../../src/blocks/spacedHeaderLine.js';
import { linesOf } from '../helpers/lines.js';

describe('splitSpacedHeaderLines', () => {
  it.each([
    ['title, number, organ, date and a closing pipe', '某某关于同意某省撤销某地区设立地级某市的批复 某函〔1997〕46号 某某人民政府 1997年6月10日 |', ['某某关于同意某省撤销某地区设立地级某市的批复', '某函〔1997〕46号', '某某人民政府', '1997年6月10日', '|']],
    ['title and number', '某市人民政府关于某事的通知 某政发〔2024〕3号', ['某市人民政府关于某事的通知', '某政发〔2024〕3号']],
  ])('%s', (_name, text, want) => expect(splitSpacedHeaderLines(linesOf(text)).map((l) => l.text)).toEqual(want));
  it.each([
    ['no number', '某某关于某事的批复 某某人民政府 1997年6月10日'],
    ['a sentence after the number', '某市人民政府关于某事的通知 某政发〔2024〕3号 已经废止'],
    ['a title that is no formal kind', '某市某事管理办法 某政发〔2024〕3号'],
    ['a sentence citing the number', '根据某政发〔2024〕3号 文件 执行'],
  ])('must not cut: %s', (_name, text) => {
    expect(spacedHeaderBreaks(text)).toBeNull();
    const lines = linesOf(text);
    expect(splitSpacedHeaderLines(lines)).toBe(lines);
  });
});
