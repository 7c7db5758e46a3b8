import { describe, expect, it } from 'vitest';
import { toLines } from '../../src/blocks/toLines.js';
import { detectFormat } from '../../src/blocks/detectFormat.js';

describe('markdown lines', () => {
  const md = [
    '# 某区人民政府 关于印发某某规则的 通 知', // 1
    '',
    '**（一）指导思想。**以习近平新时代中国特色社会主义思想为指导', // 3
    '',
    '1. 基本生活救助。将符合条件的纳入。', // 5
    '',
    '- 标题在列表里  ', // 7
    '(某政发[2023]4号) ..... (3)', // 8
    '',
    '某区人民政府办公室  ', // 10
    '2023年8月16日', // 11
    '',
    '---', // 13
    '',
    '#### **四、组织保障**', // 15
  ].join('\n');
  const { format, lines } = toLines(md, 'markdown');
  const at = (n: number) => lines.find((l) => l.line === n)!;

  it('keeps source line numbers and strips markers', () => {
    expect(format).toBe('markdown');
    expect(at(1)).toMatchObject({ text: '某区人民政府 关于印发某某规则的 通 知', heading: 1 });
  });
  it('CJK-friendly bold: **一、总体要求。**正文 is bold text, not asterisks', () => {
    expect(at(3).text).toBe('（一）指导思想。以习近平新时代中国特色社会主义思想为指导');
    expect(at(3).boldPrefix).toBe('（一）指导思想。');
  });
  it('keeps ordered-list numbers, which are content', () => {
    expect(at(5).text.startsWith('1.')).toBe(true);
  });
  it('splits hard breaks into their source lines', () => {
    expect(at(7)).toMatchObject({ text: '标题在列表里', list: true });
    expect(at(8).text).toBe('(某政发[2023]4号) ..... (3)');
    expect(at(10).text).toBe('某区人民政府办公室');
    expect(at(11).text).toBe('2023年8月16日');
  });
  it('marks rules and bold headings', () => {
    expect(at(13).rule).toBe(true);
    expect(at(15)).toMatchObject({ text: '四、组织保障', allBold: true, heading: 4 });
  });
  it('accounts for every non-blank line', () => {
    expect(lines.map((l) => l.line)).toEqual([1, 3, 5, 7, 8, 10, 11, 13, 15]);
  });
});

describe('detectFormat', () => {
  it('markdown when headings or bold occur', () => expect(detectFormat(['# 标题', '**加粗**正文', '## 二、', '正文'])).toBe('markdown'));
  it.each([
    ['a # title heading first', ['# 某市养犬管理条例', '', '第一条 为了规范养犬行为，制定本条例。']],
    ['YAML front matter', ['---', '文号: 某政发〔2023〕1号', '---', '某市人民政府关于某事的通知']],
    ['a > quoted disclaimer first', ['> 本文来源于某市人民政府网站', '', '某市人民政府关于某事的通知']],
  ])('markdown when the file opens with %s', (_name, lines) => expect(detectFormat(lines)).toBe('markdown'));
  it.each([
    ['a ## heading alone further down', ['某市人民政府关于某事的通知', '## 一、总体要求', '正文']],
    ['a # inside running text', ['某市人民政府关于某事的通知', '第 # 号文件']],
  ])('text when %s', (_name, lines) => expect(detectFormat(lines)).toBe('text'));
  it('text for plain extraction, even with a few bullets', () => expect(detectFormat(['标题', '- 1.项目', '- 2.项目', '正文'])).toBe('text'));
  it('markdown when setext headings occur (pandoc\'s output: the text, === or --- under it)', () =>
    expect(detectFormat(['中华人民共和国某某法', '----------', '目录', '----', '第一章　总则', '============', '第一条　为了某事，制定本法。'])).toBe('markdown'));
  it.each([
    ['one rule under a line', ['某市人民政府关于某事的通知', '----------', '正文。']],
    ['rules between list items and table rows', ['- 一项', '-----', '| 甲 | 乙 |', '-----', '', '-----']],
  ])('text when %s', (_name, lines) => expect(detectFormat(lines)).toBe('text'));
});

describe('markdown (GFM) tables', () => {
  const md = ['附件', '', '| 乡镇 | 责任人 | **职务** |', '| --- | :---: | --- |', '| 某某镇 | 张某 | 镇长 |', '', '正文一段。'].join('\n');
  const { lines } = toLines(md, 'markdown');
  const at = (n: number) => lines.find((l) => l.line === n)!;
  it('gives each row its cells (markup removed) and keeps the delimiter row as a table line without cells', () => {
    expect([3, 4, 5].map((n) => [at(n).table, at(n).cells])).toEqual([
      [true, ['乡镇', '责任人', '职务']],
      [true, []],
      [true, ['某某镇', '张某', '镇长']],
    ]);
    expect(at(3).text).toBe('乡镇 责任人 职务');
  });
  it('leaves lines outside the table alone', () => {
    expect([at(1).table, at(7).table, at(7).cells]).toEqual([false, false, undefined]);
  });
});
