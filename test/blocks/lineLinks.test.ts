/** Where a line's links point, kept on the line model by both the markdown and the HTML readers. */
import { describe, expect, it } from 'vitest';
import { toLines } from '../../src/blocks/toLines.js';

const linesWithText = (text: string, format: 'markdown' | 'html') => toLines(text, format).lines.map((l) => [l.text, l.links ?? null]);

describe('line links', () => {
  it('markdown: a link on its line, none elsewhere', () => {
    const md = '某某事项通知如下。\n\n附件：[某某办法（试行）.docx](/files/a1.docx)\n\n某市人民政府';
    expect(linesWithText(md, 'markdown')).toEqual([
      ['某某事项通知如下。', null],
      ['附件：某某办法（试行）.docx', ['/files/a1.docx']],
      ['某市人民政府', null],
    ]);
  });
  it('markdown: two links on one line, in order', () => {
    expect(linesWithText('见[甲](a.pdf)和[乙](b.pdf)', 'markdown')).toEqual([['见甲和乙', ['a.pdf', 'b.pdf']]]);
  });
  it('html: each <br> part keeps its own link', () => {
    const html = '<!DOCTYPE html><html><body><div><p>某某事项通知如下。<br><a href="http://x.gov.cn/a.doc">附件：某某协议.doc</a><br>某市人民政府</p></div></body></html>';
    expect(linesWithText(html, 'html')).toEqual([
      ['某某事项通知如下。', null],
      ['附件：某某协议.doc', ['http://x.gov.cn/a.doc']],
      ['某市人民政府', null],
    ]);
  });
});
