import { describe, expect, it } from 'vitest';
import { joinSplitDates } from '../../src/repair/joinSplitDate.js';
import { plainLines } from '../../src/blocks/plainLines.js';

const joined = (lines: string[]) => joinSplitDates(plainLines(lines), []).map((l) => l.text);

describe('joinSplitDates', () => {
  it.each([
    ['six spans', ['某市人民政府', '2021', '年', '2', '月', '2', '日'], ['某市人民政府', '2021年2月2日']],
    ['year with 年, then month and day', ['2021年', '12月', '30日', '（此件公开发布）'], ['2021年12月30日', '（此件公开发布）']],
    ['Chinese numerals', ['二〇二一', '年', '二', '月', '二', '日'], ['二〇二一年二月二日']],
  ])('%s', (_name, lines, expected) => expect(joined(lines)).toEqual(expected));
  it.each([
    ['a date on one line', ['2021年2月2日', '正文']],
    ['a column of years', ['2021', '2022', '2023']],
    ['a year, then text', ['2021', '年度工作要点']],
    ['fragments that make no date', ['2021', '年', '13', '月', '2', '日']],
    ['a year and a figure in a table', ['2021\t12\t30']],
  ])('must not fire: %s', (_name, lines) => expect(joined(lines)).toEqual(plainLines(lines).map((l) => l.text)));
  it('the joined line keeps every source line it came from', () => {
    const [l] = joinSplitDates(plainLines(['2021', '年', '2', '月', '2', '日']), []);
    expect(l.parts).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
