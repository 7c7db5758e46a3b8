import { describe, expect, it } from 'vitest';
import { parseGazetteTitle, parseMastheadLine } from '../../src/text/masthead.js';

describe('parseGazetteTitle', () => {
  it.each([
    ['某某市人民政府公报', '某某市人民政府公报'],
    ['某 某 省 人 民 政 府 公 报', '某某省人民政府公报'],
    ['中华人民共和国国务院公报', '中华人民共和国国务院公报'],
  ])('%s', (input, expected) => expect(parseGazetteTitle(input)).toBe(expected));
  it.each([['2022年某市国民经济和社会发展统计公报'], ['第七次全国人口普查公报'], ['某市人民政府公报编辑部：电话']])('%s is not a gazette name', (input) => {
    expect(parseGazetteTitle(input)).toBeNull();
  });
});

describe('parseMastheadLine', () => {
  it.each([
    ['2023 年第 3 期 总第 3 期', { year: 2023, number: 3, totalNumber: 3 }],
    ['第3期(总第3期)', { number: 3, totalNumber: 3 }],
    ['2023年第5号（总号：1793）', { year: 2023, number: 5, totalNumber: 1793 }],
    ['2023', { year: 2023 }],
    ['某某市人民政府办公室主办', { sponsor: '某某市人民政府办公室' }],
    ['2023 年 9 月 30 日出版(季度刊)', { publishDate: '2023-09-30', frequency: '季度刊' }],
    ['（双月刊）', { frequency: '双月刊' }],
    ['MOUMOUSHI RENMIN ZHENGFU GONGBAO', {}],
  ])('%s', (input, expected) => expect(parseMastheadLine(input)).toEqual(expected));
  it('rejects body text', () => {
    expect(parseMastheadLine('为加强对普查工作的组织领导,区政府将成立领导小组。')).toBeNull();
  });
});
