import { describe, expect, it } from 'vitest';
import { isHtmlBlockLine } from '../../src/blocks/htmlBlockLine.js';
import { plainLines } from '../../src/blocks/plainLines.js';

describe('isHtmlBlockLine', () => {
  it.each([
    ['paragraphs run together', '<p>各区人民政府：</p><p>现通知如下。</p>'],
    ['paragraphs with styles', '<p style="text-align: right;"> 某市人民政府</p><p style="text-align: right;"> 2018年3月27日</p>'],
    ['a div broken by <br>', '<div>各区人民政府：<br/>现通知如下。</div>'],
    ['a heading then a paragraph', '<h2>某市某事办法</h2><p>第一条 为了规范某事，制定本办法。</p>'],
  ])('fires: %s', (_name, line) => expect(isHtmlBlockLine(line)).toBe(true));
  it.each([
    ['one paragraph alone', '<p>各区人民政府：</p>'],
    ['text with a tag inside', '现将《某某办法》<br>印发给你们。'],
    ['inline tags only', '<b>第一条</b> 为了规范某事。<br>'],
    ['a comparison in running text', '收入<5万元的，<p>按</p>规定执行'],
    ['plain text', '各区人民政府，市政府各部门：'],
  ])('must not fire: %s', (_name, line) => expect(isHtmlBlockLine(line)).toBe(false));
});

describe('plainLines on a line of block HTML', () => {
  it('gives the lines the page shows, each with the source line number', () => {
    const lines = plainLines(['文号：某政发〔2018〕3号', '<p>各区人民政府：</p><p> 现将《某市某事方案》印发给你们。</p><p style="text-align: right;">某市人民政府</p><p><br/></p><p><strong>某市某事方案</strong></p>']);
    expect(lines.map((l) => [l.line, l.text])).toEqual([
      [1, '文号：某政发〔2018〕3号'],
      [2, '各区人民政府：'],
      [2, '现将《某市某事方案》印发给你们。'],
      [2, '某市人民政府'],
      [2, '某市某事方案'],
    ]);
  });
  it('a line with a tag in running text keeps its words on one line', () => {
    expect(plainLines(['现将《某某办法》<br>印发给你们。']).map((l) => l.text)).toEqual(['现将《某某办法》印发给你们。']);
  });
});
