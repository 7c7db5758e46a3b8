import { describe, expect, it } from 'vitest';
import { isTocHeading, parseToc, parseTocEntryLine } from '../../../src/segment/issue/toc.js';
import { linesOf } from '../../helpers/lines.js';

describe('parseTocEntryLine', () => {
  it.each([
    ['(城政发[2023]4号) ..... (3)', { title: '', docNumber: '城政发〔2023〕4号', page: 3 }],
    ['某某市人民政府关于某事的通知……………12', { title: '某某市人民政府关于某事的通知', docNumber: null, page: 12 }],
    ['某某市人民政府关于某事的通知（某政发〔2022〕1号）……5', { title: '某某市人民政府关于某事的通知', docNumber: '某政发〔2022〕1号', page: 5 }],
  ])('%s', (input, expected) => expect(parseTocEntryLine(input)).toEqual(expected));
  it('is null on a title line without page', () => expect(parseTocEntryLine('某某市人民政府关于印发某某方案的通知')).toBeNull());
});

describe('parseToc', () => {
  it('reads sections, wrapped titles and stops at the first document', () => {
    const lines = linesOf([
      '目 录', '【区政府文件】',
      '某区人民政府办公室关于印发某区医改行动方案(2023—', '2025 年)的通知', '(某政办发[2023]24号) ..... (34)',
      '【行政规范性文件】',
      '某区人民政府关于印发某某办法的通知', '(某政发〔2023〕26号) ..... (59)',
      '某区人民政府 关于认真做好经济普查工作的通知', '某政发〔2023〕4号', '各街道办事处：',
    ].join('\n\n'));
    expect(isTocHeading(lines[0].text)).toBe(true);
    const r = parseToc(lines, 1);
    expect(r.entries.map((e) => [e.section, e.title, e.docNumber, e.page])).toEqual([
      ['区政府文件', '某区人民政府办公室关于印发某区医改行动方案(2023—2025年)的通知', '某政办发〔2023〕24号', 34],
      ['行政规范性文件', '某区人民政府关于印发某某办法的通知', '某政发〔2023〕26号', 59],
    ]);
    expect(lines[r.end].text).toBe('某区人民政府 关于认真做好经济普查工作的通知');
  });
});

describe('TOC entries without page numbers', () => {
  it('a number line followed by another entry title is an entry; the first document still ends the TOC', () => {
    const lines = linesOf([
      '目录', '某区人民政府关于认真做好经济普查工作的通知', '（某政发〔2023〕4号）',
      '某区人民政府关于印发某某规则的通知', '（某政发〔2023〕5号）',
      '某区人民政府 关于认真做好经济普查工作的通知', '某政发〔2023〕4号', '各街道办事处：', '为做好普查工作，现通知如下。',
    ].join('\n\n'));
    const r = parseToc(lines, 1);
    expect(r.entries.map((e) => [e.title, e.docNumber, e.page])).toEqual([
      ['某区人民政府关于认真做好经济普查工作的通知', '某政发〔2023〕4号', null],
      ['某区人民政府关于印发某某规则的通知', '某政发〔2023〕5号', null],
    ]);
    expect(lines[r.end].text).toBe('某区人民政府 关于认真做好经济普查工作的通知');
  });
});

describe('TOC followed by an order', () => {
  it('an order header (XX国务院令 / 第756号) after the TOC starts the documents, even though 国务院令 is also a section name', () => {
    const lines = linesOf(['目录', '国务院令', '中华人民共和国国务院令（第756号）………… 4', '某某条例 ………… 4', '中华人民共和国国务院令', '第756号', '《某某条例》已经国务院常务会议通过，现予公布。'].join('\n\n'));
    const r = parseToc(lines, 1);
    expect(r.entries.map((e) => [e.section, e.title, e.docNumber, e.page])).toEqual([['国务院令', '中华人民共和国国务院令', '中华人民共和国国务院令第756号', 4], ['国务院令', '某某条例', null, 4]]);
    expect(lines[r.end].text).toBe('中华人民共和国国务院令');
  });
});

describe('masthead lines among the TOC', () => {
  it.each([['2023年3月15日出版'], ['(双月刊)'], ['2023年第3期（总第150期）']])('%s is not glued into the first entry', (line) => {
    const lines = linesOf(['目 录', line, '某市人民政府关于某事的通知', '(某政发〔2023〕4号) ..... (3)'].join('\n\n'));
    const r = parseToc(lines, 1);
    expect(r.entries.map((e) => e.title)).toEqual(['某市人民政府关于某事的通知']);
    expect(r.mastheadLines).toEqual([1]);
  });
});
