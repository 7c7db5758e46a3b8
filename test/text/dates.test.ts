import { describe, expect, it } from 'vitest';
import { parseDayLostLine, findDate, isCalendarDate, isLostMarksDateLine, lostYearDatePattern, parseDateLine, parseMonthLine, readLostMarksDateLine } from '../../src/text/dates.js';

describe('isLostMarksDateLine', () => {
  it.each([['2019114'], ['2017822日'], ['年2月5日'], [' 年 12 月 30 日 ']])('%s', (t) => expect(isLostMarksDateLine(t)).toBe(true));
  it.each([['2020年2月5日'], ['自年2月5日起'], ['年2月'], ['2月5日']])('must not fire: %s', (t) => expect(isLostMarksDateLine(t)).toBe(false));
});

describe('lostYearDatePattern', () => {
  it('finds dates that lost their year, not whole dates', () => {
    expect([...'领导小组年2月5日关于，2020年2月5日，二〇二〇年2月5日'.matchAll(lostYearDatePattern())].map((m) => m.index)).toEqual([4]);
  });
});

describe('parseDateLine', () => {
  it.each([
    ['2023年7月12日', '2023-07-12'],
    ['2022 年 12 月 14 日', '2022-12-14'],
    ['二〇二二年十二月十四日', '2022-12-14'],
    ['二〇二一年一月三十一日', '2021-01-31'],
    ['（2023年8月16日）', '2023-08-16'],
    ['二○一○年十二月二十五日', '2010-12-25'],
    ['二OO六年二月二十日     ', '2006-02-20'],
    ['二00五年六月十七日', '2005-06-17'], // zeros typed as the digit 0 among Chinese numerals
    ['2020年6月3日。', '2020-06-03'], // a full stop typed after the signature's date
  ])('%s → %s', (input, expected) => {
    expect(parseDateLine(input)).toBe(expected);
  });
  it.each([['普查标准时点为2023年12月31日，普查时期资料为2023年年度资料。'], ['2023年13月1日'], ['2023'], ['OOOO年一月一日'], ['○○一○年一月一日'], ['0000年一月一日'], ['二三年十月十五日'], ['2020年6月3日。本通告自发布之日起施行。'], ['截至2020年6月3日。']])('%s is not a date line', (input) => {
    expect(parseDateLine(input)).toBeNull();
  });
  it('finds a date inside text', () => {
    expect(findDate('2023 年 9 月 30 日出版(季度刊)')?.iso).toBe('2023-09-30');
  });
});

describe('isCalendarDate', () => {
  it.each([['2024-02-29'], ['2023-12-31'], ['2023-04-30']])('%s is a day', (d) => expect(isCalendarDate(d)).toBe(true));
  it.each([['2023-02-30'], ['2023-02-29'], ['2023-04-31'], ['2023-13-01'], ['2023-00-10'], ['2023-1-5']])('must not fire: %s', (d) => expect(isCalendarDate(d)).toBe(false));
});

describe('parseMonthLine', () => {
  it.each([
    ['2008年7月', '2008-07'],
    ['二○○八年七月', '2008-07'],
    [' 2023 年 12 月 ', '2023-12'],
    // must not: a day after it, more text, a month that is none
    ['2023年12月5日', null],
    ['2023年12月底前', null],
    ['2023年13月', null],
    ['截至2023年6月', null],
  ])('%s → %s', (input, expected) => expect(parseMonthLine(input)).toBe(expected));
});

describe('parseDayLostLine', () => {
  it.each([['2024年2月27', '2024-02-27'], [' 2023 年 12 月 5 ', '2023-12-05']])('%s → %s', (t, v) => expect(parseDayLostLine(t)).toBe(v));
  it.each([['2024年2月27日'], ['2024年2月30'], ['2024年2月'], ['于2024年2月27'], ['2024年2月127']])('must not read %s', (t) => expect(parseDayLostLine(t)).toBeNull());
});

describe('readLostMarksDateLine', () => {
  it.each([
    ['20171116', '2017-11-16'], // eight digits: month and day two each
    ['202465', '2024-06-05'], // six: one each
    ['2017131', '2017-01-31'], // 13-1 is no day
    ['20240605日', '2024-06-05'],
    [' 2017 6 23 ', '2017-06-23'], // the spaces tell the split
    ['2019  12  1', '2019-12-01'],
  ])('%s → %s', (t, v) => expect(readLostMarksDateLine(t)).toBe(v));
  it.each([
    ['2019114'], // 1-14 or 11-4
    ['2017105'], // 1-05 or 10-5
    ['20171332'], // no day
    ['2017 13 2'],
    ['201711160'], // too many digits
    ['2017'], ['20171'],
    ['YJDR201700022'], // a registration code
    ['2017年11月16日'], // a whole date is parseDateLine's
    ['电话 20171116'],
  ])('must not read %s', (t) => expect(readLostMarksDateLine(t)).toBeNull());
});
